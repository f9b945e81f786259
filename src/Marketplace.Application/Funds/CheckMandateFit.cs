using Marketplace.Application.Common;
using Marketplace.Application.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds;

/// <summary>
/// Before applying, a founder checks a project against a fund's mandate, rule by rule (the same
/// <see cref="MandateFit"/> the applications use). Only the project's owners may check it: others get
/// 403 for a public project and 404 for one they may not know exists.
/// </summary>
public static class CheckMandateFit
{
    public sealed record Query(Guid FundId, Guid? ProjectId) : IQuery<FitReport>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, FitReport>
    {
        public async ValueTask<FitReport> Handle(Query query, CancellationToken ct)
        {
            var fund = await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FundId, ct) ?? throw new NotFoundException("Fund");
            var mandate = await MandateView.OfAsync(db, fund, ct);
            var userId = user.Id;
            var mine = await (
                from m in db.StartupMembers.AsNoTracking()
                where m.UserId == userId
                join p in db.Projects.AsNoTracking() on m.StartupId equals p.StartupId
                orderby p.CreatedAt descending
                select new MyProjectChoice(p.Id, p.Title, p.State)).ToListAsync(ct);
            if (query.ProjectId is not { } projectId)
                return new FitReport(mandate, mine, null, null, null, []);

            var project = await ProjectReader.RequireOwnerAsync(db, user, projectId, track: false, ct);
            var result = await MandateFitReader.EvaluateAsync(db, fund, project, ct);
            var names = await FitVocabulary.LoadAsync(db, ct);
            var lines = result.Outcomes.Select(o => new FitLine(o.Rule, o.Passed, o.Reason, o.Restricts, o.Text(names))).ToList();
            return new FitReport(mandate, mine, project.Id, project.Title, result.Fits, lines);
        }
    }
}
