using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
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
public static class MatchingLoader
{
    public static async Task<List<ProjectCandidate>> ProjectsAsync(IAppDbContext db, CancellationToken ct, IReadOnlyCollection<Guid>? ids = null)
    {
        var query = db.Projects.AsNoTracking().Where(p => p.State == ModerationState.Published);
        if (ids is not null)
            query = query.Where(p => ids.Contains(p.Id));
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

    public static async Task<List<FundCandidate>> FundsAsync(IAppDbContext db, DateTime now, CancellationToken ct, IReadOnlyCollection<Guid>? ids = null)
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

    public static async Task<List<ResearcherCandidate>> ResearchersAsync(IAppDbContext db, CancellationToken ct, IReadOnlyCollection<Guid>? ids = null)
    {
        var query =
            from r in db.ResearcherProfiles.AsNoTracking()
            join u in db.UserProfiles.AsNoTracking() on r.Id equals u.Id
            where u.Status == AccountStatus.Active
            select r;
        if (ids is not null)
            query = query.Where(r => ids.Contains(r.Id));
        var rows = await query.ToListAsync(ct);
        return rows.Select(r => new ResearcherCandidate(
            r.Id, r.Visibility, r.ResearchAreas, r.Skills, r.Degree, r.YearsExperience, r.DesiredClusterKeys, r.OpenToRelocation,
            r.PositionTypes, r.Headline, r.Summary)).ToList();
    }

    public static async Task<List<PositionCandidate>> PositionsAsync(IAppDbContext db, DateTime now, CancellationToken ct, IReadOnlyCollection<Guid>? ids = null)
    {
        var query = db.Positions.AsNoTracking().Where(p => p.State == ModerationState.Published);
        if (ids is not null)
            query = query.Where(p => ids.Contains(p.Id));
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

    /// <summary>Each viewer's latest word on each item: saved or dismissed (an unsave takes the item back to neither).</summary>
    public static async Task<FeedbackSet> FeedbackAsync(IAppDbContext db, CancellationToken ct, IReadOnlyCollection<Guid>? subjects = null)
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

    public static async Task<FundProjectMarket> FundProjectMarketAsync(IAppDbContext db, DateTime now, MatchingWeights weights, CancellationToken ct) =>
        FundProjectMarket.Build(await FundsAsync(db, now, ct), await ProjectsAsync(db, ct), await CurrencyTable.LoadAsync(db, ct), now, weights);

    public static async Task<TalentMarket> TalentMarketAsync(IAppDbContext db, DateTime now, MatchingWeights weights, CancellationToken ct) =>
        TalentMarket.Build(await ResearchersAsync(db, ct), await PositionsAsync(db, now, ct), now, weights);
}
