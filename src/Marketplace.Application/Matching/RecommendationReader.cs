using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Explanation;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;
using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Matching;

/// <summary>
/// Reads a subject's recommendations from the current generation for someone already allowed to see
/// them, leaving out what changed since the computation: targets dismissed since (the latest feedback),
/// targets no longer published or open, and researchers the reader may not see now.
/// </summary>
public static class RecommendationReader
{
    public static async Task<RecommendationSlice> ReadAsync(
        IAppDbContext db, ICurrentUser user, MatchSide side, Guid subjectId, int skip, int take, DateTime now, CancellationToken ct)
    {
        if (await db.CurrentGenerations.CurrentIdAsync(side.Pairing(), ct) is not { } generation)
            return new RecommendationSlice(false, 0, []);
        var kind = side.Kind();
        var rows = await db.Recommendations.AsNoTracking()
            .Where(r => r.GenerationId == generation && r.SubjectKind == kind && r.SubjectId == subjectId)
            .OrderBy(r => r.Rank).ToListAsync(ct);
        if (rows.Count == 0)
            return new RecommendationSlice(true, 0, []);

        var feedback = await LatestFeedbackAsync(db, kind, subjectId, ct);
        var ids = rows.Select(r => r.TargetId).Where(id => feedback.GetValueOrDefault(id) != FeedbackActions.Dismissed).ToList();
        var targets = await TargetsAsync(db, user, side.Other(), ids, now, ct);
        var live = rows.Where(r => targets.ContainsKey(r.TargetId) && feedback.GetValueOrDefault(r.TargetId) != FeedbackActions.Dismissed).ToList();
        var page = live.Skip(skip).Take(take).ToList();
        if (page.Count == 0)
            return new RecommendationSlice(true, live.Count, []);

        var inPipeline = side == MatchSide.Fund
            ? (await db.Deals.AsNoTracking().Where(d => d.FundId == subjectId && ids.Contains(d.ProjectId)).Select(d => d.ProjectId).ToListAsync(ct)).ToHashSet()
            : [];
        var names = await RecommendationVocabulary.LoadAsync(db, ct);
        var items = page.Select(r =>
        {
            var factors = RecommendationJson.ReadFactors(r.Factors);
            var (total, points) = ScorePoints.Of((decimal)r.Score, factors.Select(f => f.Contribution).ToList());
            var explained = factors.Select((f, i) => new ExplainedFactor(
                f.Code, f.Side.Kind(), RecommendationText.SideName(f.Side), RecommendationText.FactorName(f.Code), points[i],
                total == 0 ? 0 : (int)Math.Round(points[i] * 100 / total, MidpointRounding.AwayFromZero),
                RecommendationText.Sentence(f, names))).ToList();
            var rules = RecommendationJson.ReadRules(r.HardRules)
                .Where(o => o.Passed && (TalentRules.All.Contains(o.Rule) || o.Restricts))
                .Select(o => RecommendationText.Rule(o, names)).ToList();
            return new RecommendedItem(r.TargetId, r.Rank, total, feedback.GetValueOrDefault(r.TargetId) == FeedbackActions.Saved,
                inPipeline.Contains(r.TargetId), targets[r.TargetId], explained, rules);
        }).ToList();
        return new RecommendationSlice(true, live.Count, items);
    }

    /// <summary>Each target's latest action for the subject (saved, unsaved, dismissed).</summary>
    public static async Task<Dictionary<Guid, string>> LatestFeedbackAsync(IAppDbContext db, string subjectKind, Guid subjectId, CancellationToken ct)
    {
        var rows = await db.RecommendationFeedback.AsNoTracking()
            .Where(f => f.SubjectKind == subjectKind && f.SubjectId == subjectId)
            .OrderBy(f => f.At).ThenBy(f => f.Id)
            .Select(f => new { f.TargetId, f.Action }).ToListAsync(ct);
        var latest = new Dictionary<Guid, string>();
        foreach (var row in rows)
            latest[row.TargetId] = row.Action;
        return latest;
    }

    /// <summary>The targets still worth showing, with what the list shows of them.</summary>
    private static async Task<Dictionary<Guid, RecommendedTarget>> TargetsAsync(
        IAppDbContext db, ICurrentUser user, MatchSide kind, List<Guid> ids, DateTime now, CancellationToken ct)
    {
        var sectors = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == Domain.Taxonomy.TaxonomyKind.Sector || t.Kind == Domain.Taxonomy.TaxonomyKind.ResearchArea)
            .Select(t => new { t.Kind, t.Code, t.Name }).ToListAsync(ct);
        string Sector(string code) => sectors.FirstOrDefault(t => t.Kind == Domain.Taxonomy.TaxonomyKind.Sector && t.Code == code)?.Name.ForCurrentCulture() ?? code;
        string Area(string code) => sectors.FirstOrDefault(t => t.Kind == Domain.Taxonomy.TaxonomyKind.ResearchArea && t.Code == code)?.Name.ForCurrentCulture() ?? code;
        switch (kind)
        {
            case MatchSide.Project:
            {
                var rows = await (
                    from p in db.Projects.AsNoTracking()
                    where ids.Contains(p.Id) && p.State == ModerationState.Published
                    join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
                    join c in db.Clusters.AsNoTracking() on s.ClusterId equals c.Id
                    select new { p.Id, p.Title, StartupName = s.Name, Cluster = c.Name, p.Stage, p.SeekingAmount, p.SeekingCurrency, s.Sectors })
                    .ToListAsync(ct);
                return rows.ToDictionary(r => r.Id, r => new RecommendedTarget(MatchKinds.Project, r.Id, r.Title.ForCurrentCulture(),
                    r.StartupName.ForCurrentCulture(), r.Cluster.ForCurrentCulture(), "Stage." + r.Stage, null,
                    MandateFitText.Money(r.SeekingAmount, r.SeekingCurrency), r.Sectors.Select(Sector).ToList(), $"/projects/{r.Id}"));
            }
            case MatchSide.Fund:
            {
                var rows = await (
                    from f in db.Funds.AsNoTracking()
                    where ids.Contains(f.Id) && f.OpenToNewDeals
                    from c in db.Clusters.AsNoTracking().Where(c => c.Id == f.ClusterId).DefaultIfEmpty()
                    select new { f.Id, f.Name, Cluster = c == null ? null : c.Name, f.Type, f.TicketMin, f.TicketMax, f.TicketCurrency, f.MandateSectors })
                    .ToListAsync(ct);
                return rows.ToDictionary(r => r.Id, r => new RecommendedTarget(MatchKinds.Fund, r.Id, r.Name.ForCurrentCulture(), null,
                    r.Cluster?.ForCurrentCulture(), null, "FundType." + r.Type,
                    r.TicketCurrency is { } currency && (r.TicketMin ?? r.TicketMax) is not null
                        ? MandateFitText.Render(new RangeArg(r.TicketMin, r.TicketMax, currency), FitVocabulary.Empty)
                        : null,
                    r.MandateSectors.Select(Sector).ToList(), $"/funds/{r.Id}"));
            }
            case MatchSide.Position:
            {
                var today = DateOnly.FromDateTime(now);
                var rows = await (
                    from p in db.Positions.AsNoTracking()
                    where ids.Contains(p.Id) && p.State == ModerationState.Published && (p.Deadline == null || p.Deadline >= today)
                    from c in db.Clusters.AsNoTracking().Where(c => c.Id == p.ClusterId).DefaultIfEmpty()
                    from s in db.Startups.AsNoTracking().Where(s => s.Id == p.StartupId).DefaultIfEmpty()
                    from f in db.Funds.AsNoTracking().Where(f => f.Id == p.FundId).DefaultIfEmpty()
                    select new { p.Id, p.Title, Cluster = c == null ? null : c.Name, p.Type, p.ResearchAreas, p.Remote, Poster = s != null ? s.Name : f != null ? f.Name : null })
                    .ToListAsync(ct);
                return rows.ToDictionary(r => r.Id, r => new RecommendedTarget(MatchKinds.Position, r.Id, r.Title.ForCurrentCulture(),
                    r.Poster?.ForCurrentCulture(), r.Cluster?.ForCurrentCulture() ?? (r.Remote ? Text.Get("Matching.Remote") : null), null,
                    "PositionType." + r.Type, null, r.ResearchAreas.Select(Area).ToList(), $"/positions/{r.Id}"));
            }
            default:
            {
                var viewer = await ResearcherViewer.LoadAsync(db, user, ct);
                var rows = await (
                    from r in db.ResearcherProfiles.AsNoTracking().VisibleTo(viewer, db.UserProfiles)
                    where ids.Contains(r.Id)
                    join u in db.UserProfiles.AsNoTracking() on r.Id equals u.Id
                    where u.Status == Domain.Users.AccountStatus.Active
                    select new { r.Id, u.DisplayName, r.Headline, r.ResearchAreas, r.Degree })
                    .ToListAsync(ct);
                return rows.ToDictionary(r => r.Id, r => new RecommendedTarget(MatchKinds.Researcher, r.Id, r.DisplayName,
                    r.Headline.ForCurrentCulture(), null, null, r.Degree is null ? null : "Degree." + r.Degree, null,
                    r.ResearchAreas.Select(Area).ToList(), $"/researchers/{r.Id}"));
            }
        }
    }
}
