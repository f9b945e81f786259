using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching.Store;

/// <summary>
/// Reads what the matching engine needs from the database: published projects and positions, funds,
/// researcher profiles of active accounts, and the latest feedback. Optional id filters load only the
/// changed entities (an incremental recompute).
/// </summary>
public sealed class MarketReader(IAppDbContext db) : IMarketReader
{
    private async Task<List<ProjectCandidate>> ProjectsAsync(CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking().Where(p => p.State == ModerationState.Published);
        var rows = await (
            from p in query
            join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
            join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
            select new { p.Id, p.StartupId, p.Stage, p.SeekingAmount, p.SeekingCurrency, s.Sectors, c.Key, s.RelocationClusterKeys, p.State, p.Title, p.Summary, p.PublishedAt, p.CreatedAt, p.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new ProjectCandidate(
            r.Id, r.StartupId, r.Stage, r.SeekingAmount, r.SeekingCurrency, r.Sectors, r.Key, r.RelocationClusterKeys, r.State,
            r.Title, r.Summary, r.PublishedAt ?? r.CreatedAt, r.UpdatedAt)).ToList();
    }

    public async Task<List<FundCandidate>> FundsAsync(DateTime now, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var query = db.Funds.AsNoTracking();
        if (ids is not null)
            query = query.Where(f => ids.Contains(f.Id));
        var funds = await query.ToListAsync(ct);
        var clusters = await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Key, ct);
        // The same rolling week the application inbox counts against its weekly capacity.
        var since = now.AddDays(-7);
        var fundIds = funds.Select(f => f.Id).ToList();
        var inbox = new Dictionary<Guid, int>();
        foreach (var batch in fundIds.Chunk(500))
            foreach (var row in await db.FundApplications.AsNoTracking()
                         .Where(a => batch.Contains(a.FundId) && a.CreatedAt > since)
                         .GroupBy(a => a.FundId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                inbox[row.Key] = row.Count;
        return funds.Select(f => new FundCandidate(
            f.Id, MandateSnapshot.Of(f), f.ClusterId is { } c ? clusters.GetValueOrDefault(c) : null, f.Description,
            f.WeeklyCapacity, inbox.GetValueOrDefault(f.Id))).ToList();
    }

    private async Task<List<ResearcherCandidate>> ResearchersAsync(CancellationToken ct)
    {
        var query =
            from r in db.ResearcherProfiles.AsNoTracking()
            join u in db.UserProfiles.AsNoTracking() on r.Id equals u.Id
            where u.Status == AccountStatus.Active
            select r;
        var rows = await query.ToListAsync(ct);
        return rows.Select(r => new ResearcherCandidate(
            r.Id, r.Visibility, r.ResearchAreas, r.Skills, r.Degree, r.YearsExperience, r.DesiredClusterKeys, r.OpenToRelocation,
            r.PositionTypes, r.Headline, r.Summary)).ToList();
    }

    private async Task<List<PositionCandidate>> PositionsAsync(DateTime now, CancellationToken ct)
    {
        var query = db.Positions.AsNoTracking().Where(p => p.State == ModerationState.Published);
        var rows = await (
            from p in query
            join c in db.Clusters.AsNoTracking() on p.ClusterId equals c.Id into pc
            from c in pc.DefaultIfEmpty()
            select new
            {
                Position = p,
                ClusterKey = c == null ? null : c.Key,
                Verified = p.StartupId != null
                    ? db.Startups.Any(s => s.Id == p.StartupId && s.IsVerified)
                    : db.Funds.Any(f => f.Id == p.FundId && f.IsVerified),
            }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(now);
        return rows.Select(r =>
        {
            var p = r.Position;
            var (kind, poster) = p.StartupId is { } s ? (PosterKind.Startup, s) : (PosterKind.Fund, p.FundId!.Value);
            return new PositionCandidate(
                p.Id, kind, poster, r.Verified, p.Type, p.ResearchAreas, p.Skills, p.MinDegree, p.MinYearsExperience, r.ClusterKey,
                p.Remote, p.IsOpen(today), p.Deadline, p.Title, p.Description, p.PublishedAt ?? p.CreatedAt);
        }).ToList();
    }

    public async Task<FeedbackSet> FeedbackAsync(IReadOnlyCollection<Guid>? subjects, CancellationToken ct)
    {
        var query = db.RecommendationFeedback.AsNoTracking();
        if (subjects is not null)
            query = query.Where(f => subjects.Contains(f.SubjectId));
        var rows = await query.OrderBy(f => f.At).ThenBy(f => f.Id)
            .Select(f => new { f.SubjectKind, f.SubjectId, f.TargetId, f.Action, f.Reason }).ToListAsync(ct);
        var latest = new Dictionary<(string, Guid, Guid), (string Action, string? Reason)>();
        foreach (var row in rows)
            latest[(row.SubjectKind, row.SubjectId, row.TargetId)] = (row.Action, row.Reason);
        var feedback = new List<Feedback>();
        foreach (var ((kind, subject, target), (action, reason)) in latest)
        {
            if (!MatchSides.TryParse(kind, out var side))
                continue;
            if (action == FeedbackActions.Saved)
                feedback.Add(new Feedback(side, subject, target, FeedbackKind.Saved, reason));
            else if (action == FeedbackActions.Dismissed)
                feedback.Add(new Feedback(side, subject, target, FeedbackKind.Dismissed, reason));
        }
        return new FeedbackSet(feedback);
    }

    public async Task<FundProjectMarket> FundProjectMarketAsync(DateTime now, MatchingWeights weights, CancellationToken ct) =>
        FundProjectMarket.Build(await FundsAsync(now, null, ct), await ProjectsAsync(ct), await RatesAsync(ct), now, weights);

    public async Task<TalentMarket> TalentMarketAsync(DateTime now, MatchingWeights weights, CancellationToken ct) =>
        TalentMarket.Build(await ResearchersAsync(ct), await PositionsAsync(now, ct), now, weights);

    public Task<CurrencyTable> RatesAsync(CancellationToken ct) => CurrencyTable.LoadAsync(db, ct);

    public async Task<IReadOnlyCollection<Guid>> ProjectsOfStartupsAsync(IReadOnlyCollection<Guid> startups, CancellationToken ct) =>
        await db.Projects.AsNoTracking().Where(p => startups.Contains(p.StartupId)).Select(p => p.Id).ToListAsync(ct);

    public async Task<IReadOnlyCollection<Guid>> PositionsOfStartupsAsync(IReadOnlyCollection<Guid> startups, CancellationToken ct) =>
        await db.Positions.AsNoTracking().Where(p => p.StartupId != null && startups.Contains(p.StartupId.Value)).Select(p => p.Id).ToListAsync(ct);

    public async Task<bool> ProjectSideChangedSinceAsync(DateTime readAfter, CancellationToken ct)
    {
        string[] kinds = [MatchKinds.Project, RecomputeKinds.Startup];
        // Two queries, each a range of the (done at, requested at) index, where one OR would read every request.
        return await db.RecomputeRequests.AnyAsync(r => r.DoneAt == null && kinds.Contains(r.EntityKind), ct)
            || await db.RecomputeRequests.AnyAsync(r => r.DoneAt > readAfter && kinds.Contains(r.EntityKind), ct);
    }
}
