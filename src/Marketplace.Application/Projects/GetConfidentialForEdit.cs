using Marketplace.Application.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Projects;

public static class GetConfidentialForEdit
{
    public sealed record Query(Guid ProjectId) : IQuery<ConfidentialEditor>;

    public sealed class Handler(IAppDbContext db, ICurrentUser user, PitchDeckLimits limits) : IQueryHandler<Query, ConfidentialEditor>
    {
        public async ValueTask<ConfidentialEditor> Handle(Query query, CancellationToken ct)
        {
            var project = await ProjectReader.RequireOwnerAsync(db, user, query.ProjectId, track: false, ct);
            return new ConfidentialEditor(project.Id, project.Title, await ProjectReader.ConfidentialAsync(db, project.Id, ct),
                await db.CurrencyRates.AsNoTracking().Select(r => r.Currency).OrderBy(c => c).ToListAsync(ct), limits.MaxBytes);
        }
    }
}
