using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Dashboard;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>The researcher's home: how complete the profile is and what is missing, and the latest applications with their stage.</summary>
public static class GetResearcherDashboard
{
    public const int ApplicationCount = 5;
    public const int RecommendationCount = 5;

    [RequiresRole(RoleNames.Researcher)]
    public sealed record Query : IQuery<ResearcherDashboard>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ResearcherDashboard>
    {
        public async ValueTask<ResearcherDashboard> Handle(Query query, CancellationToken ct)
        {
            var me = user.Id ?? throw new NotAuthenticatedException();
            var profile = await db.ResearcherProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == me, ct);
            var mine = db.PositionApplications.AsNoTracking().Where(a => a.ResearcherId == me);
            var applications = await (
                from a in mine
                join p in db.Positions.AsNoTracking() on a.PositionId equals p.Id
                from s in db.Startups.AsNoTracking().Where(s => s.Id == p.StartupId).DefaultIfEmpty()
                from f in db.Funds.AsNoTracking().Where(f => f.Id == p.FundId).DefaultIfEmpty()
                orderby a.UpdatedAt descending, a.Id
                select new
                {
                    a.Id, a.PositionId, p.Title, StartupName = s == null ? null : s.Name, FundName = f == null ? null : f.Name, a.Stage, a.UpdatedAt,
                }).Take(ApplicationCount).ToListAsync(ct);
            var recommendations = await DashboardRecommendations.ForAsync(db, user,
                profile is null ? [] : [(MatchSide.Researcher, me, "")], RecommendationCount, clock.GetUtcNow().UtcDateTime, ct);
            var completeness = ProfileCompleteness.Of(profile);
            var visibility = profile?.Visibility ?? Domain.Researchers.ResearcherVisibility.Hidden;
            var applicationCount = await mine.CountAsync(ct);
            // Looked at positions: applied to one, or saved or dismissed a recommended one.
            var looked = applicationCount > 0 || await db.RecommendationFeedback.AnyAsync(x => x.UserId == me && x.SubjectKind == MatchKinds.Researcher, ct);
            var checklist = new Checklist(
            [
                new ChecklistItem(ChecklistSteps.CompleteProfile, profile is not null && completeness.Missing.Count == 0),
                new ChecklistItem(ChecklistSteps.MakeVisible, profile is not null && visibility != Domain.Researchers.ResearcherVisibility.Hidden),
                new ChecklistItem(ChecklistSteps.LookAtPositions, looked),
            ]);
            return new ResearcherDashboard(
                profile is not null, visibility, completeness,
                applications.Select(a => new DashboardApplication(a.Id, a.PositionId, a.Title, a.StartupName ?? a.FundName ?? LocalizedText.Empty, a.Stage, a.UpdatedAt)).ToList(),
                applicationCount, recommendations, checklist);
        }
    }
}
