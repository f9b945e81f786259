using System.Text.Json;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// Writes the current generation's recommendations as JSON (<c>marketplace-recommendations/1</c>): per
/// fund, project, researcher and position, its top 20 with score, factors and the hard rules passed.
/// Entities are named by their import keys (IMPORT_FORMAT.md), with the id beside them for those
/// created in the app. An administrative export: it is run by operators, who may see every profile.
/// </summary>
public static class ExportRecommendations
{
    public const string Format = "marketplace-recommendations/1";

    [SystemOnly]
    public sealed record Command(Stream Output) : ICommand<ExportSummary>;

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Command, ExportSummary>
    {
        public async ValueTask<ExportSummary> Handle(Command command, CancellationToken ct)
        {
            var keys = new Dictionary<Guid, string?>();
            foreach (var f in await db.Funds.AsNoTracking().Select(f => new { f.Id, f.ImportKey }).ToListAsync(ct))
                keys[f.Id] = f.ImportKey;
            foreach (var p in await db.Projects.AsNoTracking().Select(p => new { p.Id, p.ImportKey }).ToListAsync(ct))
                keys[p.Id] = p.ImportKey;
            foreach (var r in await db.ResearcherProfiles.AsNoTracking().Select(r => new { r.Id, r.ImportKey }).ToListAsync(ct))
                keys[r.Id] = r.ImportKey;
            foreach (var p in await db.Positions.AsNoTracking().Select(p => new { p.Id, p.ImportKey }).ToListAsync(ct))
                keys[p.Id] = p.ImportKey;

            await using var json = new Utf8JsonWriter(command.Output, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("exportedAt", clock.GetUtcNow().UtcDateTime);
            var generations = new Dictionary<string, long?>();
            json.WriteStartObject("generations");
            foreach (var pairing in Pairings.All)
            {
                generations[pairing] = await db.CurrentGenerations.CurrentIdAsync(pairing, ct);
                if (generations[pairing] is { } g)
                    json.WriteNumber(pairing, g);
                else
                    json.WriteNull(pairing);
            }
            json.WriteEndObject();

            var lists = 0;
            var items = 0;
            foreach (var (section, kind, targetName) in new[]
                     {
                         ("funds", MatchKinds.Fund, "project"), ("projects", MatchKinds.Project, "fund"),
                         ("researchers", MatchKinds.Researcher, "position"), ("positions", MatchKinds.Position, "researcher"),
                     })
            {
                MatchSides.TryParse(kind, out var side);
                var generation = generations[side.Pairing()];
                json.WriteStartArray(section);
                if (generation is { } gen)
                {
                    // One subject at a time, in id order: the file streams out however large the market.
                    Guid? current = null;
                    await foreach (var row in db.Recommendations.AsNoTracking()
                                       .Where(r => r.GenerationId == gen && r.SubjectKind == kind)
                                       .OrderBy(r => r.SubjectId).ThenBy(r => r.Rank)
                                       .AsAsyncEnumerable().WithCancellation(ct))
                    {
                        if (row.SubjectId != current)
                        {
                            if (current is not null)
                            {
                                json.WriteEndArray();
                                json.WriteEndObject();
                            }
                            current = row.SubjectId;
                            lists++;
                            json.WriteStartObject();
                            WriteReference(json, "key", "id", row.SubjectId, keys);
                            json.WriteStartArray("recommendations");
                        }
                        items++;
                        json.WriteStartObject();
                        json.WriteNumber("rank", row.Rank);
                        WriteReference(json, targetName, targetName + "Id", row.TargetId, keys);
                        json.WriteNumber("score", Math.Round((decimal)row.Score, ScoreRounding.Decimals));
                        json.WritePropertyName("factors");
                        json.WriteRawValue(row.Factors);
                        json.WritePropertyName("rules");
                        json.WriteRawValue(row.HardRules);
                        json.WriteEndObject();
                        if (items % 1000 == 0)
                            await json.FlushAsync(ct);
                    }
                    if (current is not null)
                    {
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            await json.FlushAsync(ct);
            return new ExportSummary(lists, items);
        }

        private static void WriteReference(Utf8JsonWriter json, string keyName, string idName, Guid id, Dictionary<Guid, string?> keys)
        {
            if (keys.GetValueOrDefault(id) is { } key)
                json.WriteString(keyName, key);
            else
                json.WriteNull(keyName);
            json.WriteString(idName, id);
        }
    }
}
