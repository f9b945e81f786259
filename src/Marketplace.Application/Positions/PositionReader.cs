using Marketplace.Application.Common;
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

        PositionRevision? pending = null;
        string? refusal = null;
        IReadOnlyList<PositionTimelineEvent> timeline = [];
        if (isPoster || isAdmin)
        {
            var requests = await db.ModerationRequests.AsNoTracking()
                .Where(r => r.ContentType == Position.ContentType && r.ContentId == positionId)
                .Select(r => new { r.Kind, r.Decision, r.Reason, r.Payload, r.SubmittedAt, r.DecidedAt })
                .ToListAsync(ct);
            var waiting = requests.Where(r => r.Decision == ModerationDecision.Pending && r.Kind == ModerationKind.Revision)
                .OrderByDescending(r => r.SubmittedAt).FirstOrDefault();
            pending = waiting is null ? null : PositionRevision.Read(waiting.Payload);
            if (p.State is ModerationState.Rejected or ModerationState.ChangesRequested)
                refusal = requests.Where(r => r.Kind == ModerationKind.Publication && r.Decision is ModerationDecision.Rejected or ModerationDecision.ChangesRequested)
                    .OrderByDescending(r => r.DecidedAt).Select(r => r.Reason).FirstOrDefault();

            var events = new List<PositionTimelineEvent>();
            foreach (var r in requests)
            {
                var prefix = r.Kind == ModerationKind.Revision ? "revision-" : "";
                events.Add(new PositionTimelineEvent(r.SubmittedAt, prefix + "submitted", null));
                if (r.DecidedAt is { } decided && r.Decision != ModerationDecision.Superseded)
                    events.Add(new PositionTimelineEvent(decided, prefix + DecisionKind(r.Decision), r.Reason));
            }
            // Creation, edits in place and closing come from the audit log, which keeps every change.
            var key = positionId.ToString();
            var audited = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == nameof(Position) && a.EntityId == key
                    && (a.UseCase == nameof(CreatePosition) || a.UseCase == nameof(UpdatePosition) || a.UseCase == nameof(ClosePosition)
                        || a.UseCase == nameof(ClosePastDeadlinePositions)))
                .Select(a => new { a.At, a.UseCase })
                .ToListAsync(ct);
            events.AddRange(audited.Select(a => new PositionTimelineEvent(a.At, a.UseCase switch
            {
                nameof(CreatePosition) => "created",
                nameof(UpdatePosition) => "edited",
                _ => "closed",
            }, a.UseCase is nameof(ClosePosition) or nameof(ClosePastDeadlinePositions) ? p.ClosedReason : null)));
            timeline = events.OrderByDescending(e => e.At).ToList();
        }

        return new PositionDetails(p.Id, poster, p.Title, p.Description, p.Type, areas, p.Skills, p.MinDegree, p.MinYearsExperience, cluster,
            p.Remote, p.CompensationMin, p.CompensationMax, p.CompensationCurrency, p.VisaSupport, p.RelocationSupport, p.Deadline,
            p.State, p.ClosedReason, p.PublishedAt, p.ClosedAt, p.Version, isPoster, isAdmin, pending, refusal, timeline);
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

    private static string DecisionKind(ModerationDecision decision) => decision switch
    {
        ModerationDecision.Approved => "approved",
        ModerationDecision.Rejected => "rejected",
        ModerationDecision.ChangesRequested => "changes-requested",
        ModerationDecision.Withdrawn => "withdrawn",
        _ => "pending",
    };
}
