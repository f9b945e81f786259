using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Mediator;

namespace Marketplace.Application.Projects;

/// <summary>
/// A project as the current user may see it, without recording the look (forms, tests). The
/// public part is everyone's once published; owners and administrators see any state; the
/// confidential part only owners, administrators and managers of funds granted access.
/// </summary>
public static class GetProject
{
    [AllowAnonymous]
    public sealed record Query(Guid ProjectId) : IQuery<ProjectDetails>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, ProjectDetails>
    {
        public async ValueTask<ProjectDetails> Handle(Query query, CancellationToken ct) =>
            await ProjectReader.LoadAsync(db, user, query.ProjectId, ct);
    }
}
