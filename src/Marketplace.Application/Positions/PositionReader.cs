using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>Reads a position as the current user may see it; the one place that decides who sees what.</summary>
internal static class PositionReader
{
    /// <summary>Published, or closed after being published: the page is everyone's.</summary>
    public static bool IsPublic(ModerationState state) => state is ModerationState.Published or ModerationState.Closed;

    /// <summary>For the posters' forms and moves: others get NotFound when they may not know the position exists, Forbidden when they may.</summary>
    public static async Task<Position> RequirePosterAsync(IAppDbContext db, ICurrentUser user, Guid positionId, bool track, CancellationToken ct)
    {
        var query = track ? db.Positions : db.Positions.AsNoTracking();
        var position = await query.FirstOrDefaultAsync(p => p.Id == positionId, ct) ?? throw new NotFoundException("Position");
        if (await db.IsPosterAsync(position, user.Id, ct))
            return position;
        if (IsPublic(position.State) || user.IsInRole(RoleNames.Admin))
            throw new ForbiddenException();
        throw new NotFoundException("Position");
    }

    public static async Task<PositionDetails> LoadAsync(IAppDbContext db, ICurrentUser user, Guid positionId, CancellationToken ct)
    {
        var p = await db.Positions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == positionId, ct) ?? throw new NotFoundException("Position");
        var isPoster = await db.IsPosterAsync(p, user.Id, ct);
        var isAdmin = user.IsInRole(RoleNames.Admin);
        if (!IsPublic(p.State) && !isPoster && !isAdmin)
            throw new NotFoundException("Position");

        var poster = new PositionPoster(p.StartupId, p.FundId, await PositionRules.PosterNameAsync(db, p.StartupId, p.FundId, ct));
        var cluster = p.ClusterId is { } clusterId
            ? await db.Clusters.AsNoTracking().Where(c => c.Id == clusterId).Select(c => new NamedCode(c.Key, c.Name)).FirstOrDefaultAsync(ct)
            : null;
        var areas = await AreaNamesAsync(db, p.ResearchAreas, ct);

        var history = isPoster || isAdmin
            ? await ListingHistory<PositionRevision>.ReadAsync(db, p, nameof(Position), new Dictionary<string, string>
            {
                [nameof(CreatePosition)] = "created", [nameof(UpdatePosition)] = "edited",
                [nameof(ClosePosition)] = "closed", [nameof(ClosePastDeadlinePositions)] = "closed",
            }, PositionRevision.Read, ct)
            : ListingHistory<PositionRevision>.None;

        return new PositionDetails(p.Id, poster, p.Title, p.Description, p.Type, areas, p.Skills, p.MinDegree, p.MinYearsExperience, cluster,
            p.Remote, p.CompensationMin, p.CompensationMax, p.CompensationCurrency, p.VisaSupport, p.RelocationSupport, p.Deadline,
            p.State, p.ClosedReason, p.PublishedAt, p.ClosedAt, p.Version, isPoster, isAdmin, history.Pending, history.RefusalReason, history.Timeline);
    }

    /// <summary>Research areas in the position's order, named from the taxonomy (a retired term keeps its name).</summary>
    public static async Task<List<NamedCode>> AreaNamesAsync(IAppDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0)
            return [];
        var names = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.ResearchArea && codes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        return codes.Select(c => new NamedCode(c, names.GetValueOrDefault(c) ?? new LocalizedText(c, c))).ToList();
    }
}
