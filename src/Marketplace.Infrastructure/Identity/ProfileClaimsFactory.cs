using System.Security.Claims;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Identity;

/// <summary>Adds the profile's display name, language and time zone to the sign-in cookie.</summary>
public sealed class ProfileClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var profile = await db.UserProfiles.AsNoTracking().Where(p => p.Id == user.Id)
            .Select(p => new { p.DisplayName, p.Culture, p.TimeZone }).FirstOrDefaultAsync();
        if (profile is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.DisplayName, profile.DisplayName));
            identity.AddClaim(new Claim(ClaimNames.Culture, profile.Culture));
            identity.AddClaim(new Claim(ClaimNames.TimeZone, profile.TimeZone));
        }
        return identity;
    }
}
