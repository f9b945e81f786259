using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure;

/// <summary>The language choice the request localization reads (after ?culture=), kept for a year.</summary>
public static class CultureCookie
{
    public static bool IsSupported(string? culture) => Startup.Cultures.Any(c => c.Name == culture);

    public static void Append(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
