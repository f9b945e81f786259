using Marketplace.Domain.Researchers;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

public static class ResearcherQueries
{
    /// <summary>The profiles <paramref name="viewer"/> may see; every query that lists or shows profiles starts here.</summary>
    public static IQueryable<ResearcherProfile> VisibleTo(this IQueryable<ResearcherProfile> profiles, ResearcherViewer viewer, IQueryable<UserProfile> accounts) =>
        profiles.Where(viewer.Filter(accounts));
}
