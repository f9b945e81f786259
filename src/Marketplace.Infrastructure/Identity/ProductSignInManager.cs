using System.Security.Claims;
using Marketplace.Domain.Users;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in manager, plus the product's rule that a suspended account has no session:
/// the cookie's periodic check (SecurityStampValidator) ends the sessions it already had.
/// </summary>
public sealed class ProductSignInManager(
    UserManager<ApplicationUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    AppDbContext db)
    : SignInManager<ApplicationUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await IsSuspendedAsync(db, user.Id, CancellationToken.None) ? null : user;
    }

    public static Task<bool> IsSuspendedAsync(AppDbContext db, Guid userId, CancellationToken ct) =>
        db.UserProfiles.AsNoTracking().AnyAsync(p => p.Id == userId && p.Status == AccountStatus.Suspended, ct);
}
