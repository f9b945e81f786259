using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>The cookie that picks the UI language: set by the language switcher and, from the profile, at sign-in.</summary>
public static class CultureCookie
{
    public static bool IsSupported(string? culture) => Startup.Cultures.Any(c => c.Name == culture);

    public static void Set(HttpResponse response, string culture)
    {
        if (!IsSupported(culture))
            return;
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }
}
