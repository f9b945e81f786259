using System.Linq.Expressions;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// Who is looking at researcher profiles, with the one filter every list, search, page and export
/// applies (<see cref="ResearcherVisibility"/>): owners and administrators see everything; signed-in
/// founders and fund managers see public profiles, and verified-organisations profiles when they
/// belong to a verified startup or fund; nobody else sees any profile.
/// </summary>
public sealed record ResearcherViewer(Guid? UserId, bool IsAdmin, bool MayBrowse, bool InVerifiedOrganisation)
{
    public static readonly ResearcherViewer Anonymous = new(null, false, false, false);

    public static async Task<ResearcherViewer> LoadAsync(IAppDbContext db, ICurrentUser user, CancellationToken ct)
    {
        if (user.Id is not { } id)
            return Anonymous;
        var isAdmin = user.IsInRole(RoleNames.Admin);
        var mayBrowse = isAdmin || user.IsInRole(RoleNames.Founder) || user.IsInRole(RoleNames.FundManager);
        var verified = mayBrowse && (
            await db.StartupMembers.AnyAsync(m => m.UserId == id && db.Startups.Any(s => s.Id == m.StartupId && s.IsVerified), ct)
            || await db.FundMembers.AnyAsync(m => m.UserId == id && db.Funds.Any(f => f.Id == m.FundId && f.IsVerified), ct));
        return new ResearcherViewer(id, isAdmin, mayBrowse, verified);
    }

    public bool CanSee(ResearcherProfile profile) => CanSee(profile.Id, profile.Visibility);

    public bool CanSee(Guid profileId, string visibility) =>
        ResearcherVisibility.CanSee(visibility, IsAdmin || profileId == UserId, MayBrowse, InVerifiedOrganisation);

    /// <summary>The same rule as <see cref="CanSee(ResearcherProfile)"/>, as a query filter.</summary>
    public Expression<Func<ResearcherProfile, bool>> Filter()
    {
        if (IsAdmin)
            return _ => true;
        var self = UserId ?? Guid.Empty;
        if (!MayBrowse)
            return p => p.Id == self;
        return InVerifiedOrganisation
            ? p => p.Id == self || p.Visibility == ResearcherVisibility.Public || p.Visibility == ResearcherVisibility.VerifiedOrganisations
            : p => p.Id == self || p.Visibility == ResearcherVisibility.Public;
    }
}

public static class ResearcherQueries
{
    /// <summary>The profiles <paramref name="viewer"/> may see; every query that lists or shows profiles starts here.</summary>
    public static IQueryable<ResearcherProfile> VisibleTo(this IQueryable<ResearcherProfile> profiles, ResearcherViewer viewer) =>
        profiles.Where(viewer.Filter());
}
