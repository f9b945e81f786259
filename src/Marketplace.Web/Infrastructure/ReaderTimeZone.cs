using System.Security.Claims;
using Marketplace.Application.Common;
using Marketplace.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// The signed-in user's time zone rides in their sign-in cookie (<see cref="ClaimNames.TimeZone"/>, written
/// by <see cref="ProfileClaimsFactory"/>, renewed with the session check); every date on the page is then
/// written in it (<see cref="Dates"/>). Nobody signed in: UTC.
/// </summary>
public static class ReaderTimeZone
{
    public static IApplicationBuilder UseReaderTimeZone(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var zone = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimNames.TimeZone) : null;
        using (Dates.ForReader(zone))
            await next();
    });

    /// <summary>After a profile change: the cookie's claims again from the account, so the next page already uses them.</summary>
    public static async Task RefreshSessionAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().GetUserAsync(context.User);
        if (user is not null)
            await services.GetRequiredService<SignInManager<ApplicationUser>>().RefreshSignInAsync(user);
    }
}
