using System.Linq.Expressions;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

/// <summary>
/// Who is looking at researcher profiles, with the one filter every list, search, page and export
/// applies (<see cref="ResearcherVisibility"/>): owners and administrators see everything; signed-in
/// founders and fund managers see public profiles, and verified-organisations profiles when they
/// belong to a verified startup or fund; nobody else sees any profile. The profile of a suspended
/// account is seen by administrators only (active accounts as <see cref="Matching.Store.MarketReader"/> counts them).
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

    public bool CanSee(ResearcherProfile profile, AccountStatus accountStatus) => CanSee(profile.Id, profile.Visibility, accountStatus);

    public bool CanSee(Guid profileId, string visibility, AccountStatus accountStatus) =>
        IsAdmin || (accountStatus == AccountStatus.Active
                    && ResearcherVisibility.CanSee(visibility, profileId == UserId, MayBrowse, InVerifiedOrganisation));

    /// <summary>
    /// The same rule as <see cref="CanSee(ResearcherProfile, AccountStatus)"/>, as a query filter;
    /// <paramref name="accounts"/> (the user profiles) tell whose account is active.
    /// </summary>
    public Expression<Func<ResearcherProfile, bool>> Filter(IQueryable<UserProfile> accounts)
    {
        if (IsAdmin)
            return _ => true;
        var self = UserId ?? Guid.Empty;
        if (!MayBrowse)
            return p => p.Id == self && accounts.Any(u => u.Id == p.Id && u.Status == AccountStatus.Active);
        return InVerifiedOrganisation
            ? p => (p.Id == self || p.Visibility == ResearcherVisibility.Public || p.Visibility == ResearcherVisibility.VerifiedOrganisations)
                   && accounts.Any(u => u.Id == p.Id && u.Status == AccountStatus.Active)
            : p => (p.Id == self || p.Visibility == ResearcherVisibility.Public)
                   && accounts.Any(u => u.Id == p.Id && u.Status == AccountStatus.Active);
    }
}
