using Marketplace.Application.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

public static class GetProjectForEdit
{
    public sealed record Query(Guid ProjectId) : IQuery<ProjectEditor>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ProjectEditor>
    {
        public async ValueTask<ProjectEditor> Handle(Query query, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, query.ProjectId, track: false, ct);
            var pending = await db.ModerationRequests.AsNoTracking()
                .Where(r => r.ContentType == Project.ContentType && r.ContentId == project.Id
                    && r.Kind == ModerationKind.Revision && r.Decision == ModerationDecision.Pending)
                .OrderByDescending(r => r.SubmittedAt).Select(r => r.Payload).FirstOrDefaultAsync(ct);
            var startupName = await db.Startups.AsNoTracking().Where(s => s.Id == project.StartupId).Select(s => s.Name).FirstAsync(ct);
            return new ProjectEditor(project.Id, project.StartupId, startupName, project.State, pending is not null,
                pending is null ? ProjectRevision.Of(project) : ProjectRevision.Read(pending), project.Version,
                await ProjectCurrencies.ListAsync(db, ct));
        }
    }
}
