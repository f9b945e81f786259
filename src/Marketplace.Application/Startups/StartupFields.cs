using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Startups;

public static class StartupFields
{
    /// <summary>A whole number as typed ("2023", " 24 "), or null when the text is not one.</summary>
    public static int? WholeNumber(string? text) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// An absolute http or https address with a host, as the browser should get it; null for
    /// anything else (no scheme, javascript:, a bare word), so a link on the public page is always safe to follow.
    /// </summary>
    public static string? Website(string? text)
    {
        var trimmed = Input.Clean(text);
        if (trimmed is null || trimmed.Length > StartupLimits.WebsiteMaxLength || trimmed.Any(char.IsWhiteSpace))
            return null;
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.UserInfo))
            return null;
        // A public site has a dotted host name ("https://example" is a typo more often than a site).
        var hostIsName = uri.HostNameType == UriHostNameType.Dns;
        return !hostIsName || uri.Host.Contains('.', StringComparison.Ordinal) ? uri.AbsoluteUri : null;
    }

    /// <summary>Trimmed, distinct, non-blank codes in the order given.</summary>
    public static List<string> Codes(IEnumerable<string?>? codes) =>
        codes is null ? [] : codes.Select(Input.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    internal static async Task CopyToAsync(this IStartupFields fields, Startup startup, IAppDbContext db, CancellationToken ct)
    {
        startup.Name = new LocalizedText(Input.Clean(fields.NameEn), Input.Clean(fields.NameZh));
        startup.Description = new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh));
        startup.ClusterId = await db.Clusters.Where(c => c.Key == fields.ClusterKey).Select(c => c.Id).FirstAsync(ct);
        startup.Sectors = Codes(fields.Sectors);
        startup.Stage = fields.Stage;
        startup.FoundedYear = WholeNumber(fields.FoundedYear);
        startup.TeamSize = WholeNumber(fields.TeamSize);
        startup.Website = Website(fields.Website);
        startup.RelocationClusterKeys = Codes(fields.RelocationClusterKeys);
    }
}
