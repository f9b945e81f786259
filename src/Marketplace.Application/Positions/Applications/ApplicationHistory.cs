using Marketplace.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Positions.Applications;

internal static class ApplicationHistory
{
    public static async Task<List<ApplicationHistoryItem>> OfAsync(IAppDbContext db, Guid applicationId, CancellationToken ct) =>
        await (
            from e in db.PositionApplicationEvents.AsNoTracking()
            where e.ApplicationId == applicationId
            join u in db.UserProfiles.AsNoTracking() on e.ById equals u.Id into people
            from u in people.DefaultIfEmpty()
            orderby e.At descending, e.Id descending
            select new ApplicationHistoryItem(e.At, e.FromStage, e.ToStage, u == null ? "" : u.DisplayName, e.Reason, e.Note)).ToListAsync(ct);
}
