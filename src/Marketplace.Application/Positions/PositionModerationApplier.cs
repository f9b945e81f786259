using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Application.Notifications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>
/// What an administrator's decision does to a position: a publication request publishes it, sends
/// it back for changes or rejects it; an approved revision is copied onto the published position.
/// Everyone who speaks for the poster is told of every decision, with the reason when there is one.
/// </summary>
public sealed class PositionModerationApplier(IAppDbContext db, Notifier notifier, TimeProvider clock)
    : ListingModerationApplier<Position>(notifier, clock)
{
    public override string ContentType => Position.ContentType;

    /// <summary>The position's title as it stands now and who posts it, in both languages ("Title · Poster").</summary>
    public override async Task<IReadOnlyDictionary<Guid, LocalizedText>> NamesAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken ct)
    {
        var rows = await (
            from p in db.Positions.AsNoTracking()
            where contentIds.Contains(p.Id)
            join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id into startups
            from s in startups.DefaultIfEmpty()
            join f in db.Funds.AsNoTracking() on p.FundId equals f.Id into funds
            from f in funds.DefaultIfEmpty()
            select new
            {
                p.Id, TitleEn = p.Title.En, TitleZh = p.Title.Zh,
                PosterEn = s != null ? s.Name.En : f != null ? f.Name.En : null,
                PosterZh = s != null ? s.Name.Zh : f != null ? f.Name.Zh : null,
            }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var title = new LocalizedText(r.TitleEn, r.TitleZh);
            var poster = new LocalizedText(r.PosterEn, r.PosterZh);
            return new LocalizedText($"{title.For("en")} · {poster.For("en")}", $"{title.For("zh")} · {poster.For("zh")}");
        });
    }

    public override async Task<IReadOnlyList<ProposedChange>> DescribeAsync(ModerationRequest request, CancellationToken ct)
    {
        var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ContentId, ct)
            ?? throw new NotFoundException("Position");
        var current = PositionRevision.Of(position);
        // New content has nothing published yet: the whole position is the proposal.
        var (before, after) = request.Kind == ModerationKind.Revision
            ? (current, PositionRevision.Read(request.Payload))
            : (null, current);
        var clusterIds = new[] { before?.ClusterId, after.ClusterId }.OfType<Guid>().Distinct().ToList();
        var clusters = await db.Clusters.AsNoTracking().Where(c => clusterIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var areaCodes = (before?.ResearchAreas ?? []).Concat(after.ResearchAreas).Distinct().ToList();
        var areas = (await PositionReader.AreaNamesAsync(db, areaCodes, ct)).ToDictionary(a => a.Code, a => a.Name);

        string Cluster(PositionRevision r) => r.ClusterId is { } id && clusters.TryGetValue(id, out var name) ? name.ForCurrentCulture() : "";
        string Areas(PositionRevision r) => string.Join("\n", r.ResearchAreas.Select(a => areas.TryGetValue(a, out var n) ? n.ForCurrentCulture() : a));
        string? Compensation(PositionRevision r) => r.CompensationMin is null && r.CompensationMax is null
            ? ""
            : $"{Amount(r.CompensationMin)}–{Amount(r.CompensationMax)} {r.CompensationCurrency}";
        return
        [
            new("TitleEn", before?.Title.En, after.Title.En),
            new("TitleZh", before?.Title.Zh, after.Title.Zh),
            new("DescriptionEn", before?.Description.En, after.Description.En),
            new("DescriptionZh", before?.Description.Zh, after.Description.Zh),
            new("PositionType", before?.Type, after.Type, ChangeShape.Code),
            new("ResearchAreas", before is null ? null : Areas(before), Areas(after)),
            new("Skills", before is null ? null : string.Join(", ", before.Skills), string.Join(", ", after.Skills)),
            new("MinDegree", before is null ? null : before.MinDegree ?? "none", after.MinDegree ?? "none", ChangeShape.Code),
            new("MinYearsExperience", before is null ? null : Number(before.MinYearsExperience), Number(after.MinYearsExperience)),
            new("ClusterKey", before is null ? null : Cluster(before), Cluster(after)),
            new("Remote", before is null ? null : YesNo(before.Remote), YesNo(after.Remote), ChangeShape.Code),
            new("Compensation", before is null ? null : Compensation(before), Compensation(after)),
            new("VisaSupport", before is null ? null : YesNo(before.VisaSupport), YesNo(after.VisaSupport), ChangeShape.Code),
            new("RelocationSupport", before is null ? null : YesNo(before.RelocationSupport), YesNo(after.RelocationSupport), ChangeShape.Code),
            new("Deadline", before is null ? null : Date(before.Deadline), Date(after.Deadline)),
        ];
    }

    protected override async Task<Position> FindAsync(Guid id, CancellationToken ct) =>
        await db.Positions.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Position");

    protected override void ApplyRevision(string payload, Position position) => PositionRevision.Read(payload).CopyTo(position);

    protected override string LinkTo(Position position) => $"/positions/{position.Id}";

    protected override async Task<IReadOnlyCollection<Guid>> EditorIdsAsync(Position position, CancellationToken ct) =>
        await db.PosterUserIdsAsync(position, ct);

    private static string Amount(long? amount) => amount?.ToString("N0", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
