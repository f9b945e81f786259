using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions;

/// <summary>Who posts a position: a startup or a fund, named, with the address of its page.</summary>
public sealed record PositionPoster(Guid? StartupId, Guid? FundId, LocalizedText Name)
{
    public string Link => StartupId is { } s ? $"/startups/{s}" : $"/funds/{FundId}";
}


public sealed record PositionDetails(
    Guid Id, PositionPoster Poster, LocalizedText Title, LocalizedText Description, string Type, IReadOnlyList<NamedCode> ResearchAreas,
    IReadOnlyList<string> Skills, string? MinDegree, int? MinYearsExperience, NamedCode? Cluster, bool Remote,
    long? CompensationMin, long? CompensationMax, string? CompensationCurrency, bool VisaSupport, bool RelocationSupport, DateOnly? Deadline,
    ModerationState State, string? ClosedReason, DateTime? PublishedAt, DateTime? ClosedAt, int Version,
    bool IsPoster, bool IsAdmin, PositionRevision? PendingRevision, string? RefusalReason, IReadOnlyList<TimelineEvent> Timeline)
{
    public bool IsPublic => PositionReader.IsPublic(State);
}

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

/// <summary>
/// A position's page: everyone's once published (and after it closed, as history); posters and
/// administrators see every state, with the history and what waits for review.
/// </summary>
public static class GetPosition
{
    [AllowAnonymous]
    public sealed record Query(Guid PositionId) : IQuery<PositionDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, PositionDetails>
    {
        public async ValueTask<PositionDetails> Handle(Query query, CancellationToken ct) =>
            await PositionReader.LoadAsync(db, user, query.PositionId, ct);
    }
}
