using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>The cookie that picks the UI language: set by the language switcher and, from the profile, at sign-in.</summary>
public static class CultureCookie
{
    public static bool IsSupported(string? culture) => Startup.Cultures.Any(c => c.Name == culture);

    /// <summary>
    /// A link with ?culture= is a choice of language like the switcher's: remember it, so the next
    /// request (a form's POST to a plain action) is answered in the same language.
    /// </summary>
    public static IApplicationBuilder UseCultureFromQueryRemembered(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var culture = context.Request.Query["culture"].ToString();
        if (IsSupported(culture)
            && context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] != CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)))
            Set(context.Response, culture);
        await next();
    });

    public static void Set(HttpResponse response, string culture)
    {
        if (!IsSupported(culture))
            return;
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }
}
