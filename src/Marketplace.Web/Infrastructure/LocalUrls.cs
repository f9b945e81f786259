using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Where a redirect fed by input may go (a return URL, a link stored with a notification): a path on this
/// site, written so that it is a valid Location header. <c>Url.IsLocalUrl</c> alone is not enough: it lets
/// through characters a header cannot carry (<c>/projects¿</c>, the right-to-left override), and Kestrel
/// then throws while writing the answer. Those are percent-encoded as UTF-8, as a browser would; everything
/// that could leave the site or change meaning on the way is refused and the fallback is used instead.
/// </summary>
public static class LocalUrls
{
    /// <summary>Longer return addresses are refused: the browser could not send the next request anyway.</summary>
    public const int MaxLength = 2048;

    /// <summary>
    /// <paramref name="url"/> made safe for a Location header, or <paramref name="fallback"/> when it is empty,
    /// too long, not a path on this site (<c>//evil.example</c>, <c>/\evil.example</c>, <c>http://…</c>,
    /// <c>javascript:…</c>) or holds a control character (browsers drop tabs and line breaks from addresses,
    /// which would make <c>/\t/evil.example</c> the address of another site).
    /// </summary>
    public static string OrDefault(string? url, string fallback) => TryMakeSafe(url, out var safe) ? safe : fallback;

    public static bool TryMakeSafe(string? url, out string safe)
    {
        safe = "";
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength)
            return false;
        // "~/" is the application's root (no path base here), as LocalRedirect reads it.
        var path = url.StartsWith("~/", StringComparison.Ordinal) ? url[1..] : url;
        if (path[0] != '/' || (path.Length > 1 && path[1] is '/' or '\\'))
            return false;

        var builder = new StringBuilder(path.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
                return false;
            if (rune.Value is > 0x20 and < 0x7F && !NeedsEscaping((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            // Non-ASCII (a lone surrogate reads as U+FFFD), the space and the characters no address carries raw.
            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        safe = builder.ToString();
        return true;
    }

    private static bool NeedsEscaping(char c) => c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}';

    /// <summary>A local redirect to <paramref name="url"/> made safe, or to <paramref name="fallback"/> (a path of the app's own).</summary>
    public static LocalRedirectResult RedirectToLocal(this ControllerBase controller, string? url, string fallback) =>
        controller.LocalRedirect(OrDefault(url, fallback));
}
