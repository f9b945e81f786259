using Marketplace.Application.Common;
using Marketplace.Domain.Funds;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

internal static class DealCards
{
    /// <summary>The deals as cards, latest change first (ordered here: a card's constructor cannot be sorted on in SQL).</summary>
    public static IQueryable<DealCard> Of(IAppDbContext db, IQueryable<Deal> deals) =>
        from d in deals.AsNoTracking()
        join p in db.Projects.AsNoTracking() on d.ProjectId equals p.Id
        join s in db.Startups.AsNoTracking() on p.StartupId equals s.Id
        join u in db.UserProfiles.AsNoTracking() on d.AssigneeId equals (Guid?)u.Id into assignees
        from u in assignees.DefaultIfEmpty()
        orderby d.UpdatedAt descending, d.Id
        select new DealCard(d.Id, d.ProjectId, p.Title, s.Name, p.SeekingAmount, p.SeekingCurrency, d.Stage,
            u == null ? null : u.DisplayName, d.Version, d.UpdatedAt);
}
