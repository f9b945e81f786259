using System.Globalization;
using System.Net;
using System.Text;
using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching;

/// <summary>
/// One new recommendation in a digest: what is recommended, for which of the reader's subjects (null:
/// their own researcher profile), and the code of the factor that did most for it (none when no factor
/// counted for it).
/// </summary>
public sealed record DigestItem(LocalizedText Target, LocalizedText? Subject, string? ReasonCode);

/// <summary>The digest e-mail, written in the reader's language from resources.</summary>
public static class DigestEmail
{
    /// <summary>How many items the e-mail lists; the rest are counted and left to the dashboard.</summary>
    public const int MaxListed = 10;

    public static EmailMessage Compose(string to, string culture, string displayName, IReadOnlyList<DigestItem> items, string dashboardLink, string settingsLink)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var reader = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = reader;
        try
        {
            var subject = Text.Format("Digest.Email.Subject", items.Count);
            var lines = items.Take(MaxListed).Select(i => (
                Item: Text.Format("Digest.Email.Item", i.Target.For(reader), i.Subject?.For(reader) ?? Text.Get("Digest.YourProfile")),
                Reason: i.ReasonCode is { } code ? Text.Format("Digest.Email.Reason", Reason(code)) : null)).ToList();
            var more = items.Count > MaxListed ? Text.Format("Digest.Email.More", items.Count - MaxListed) : null;
            var greeting = Text.Format("Digest.Email.Greeting", displayName);
            var intro = Text.Format("Digest.Email.Intro", items.Count);
            var dashboard = Text.Get("Digest.Email.Dashboard");
            var stop = Text.Get("Digest.Email.Stop");

            var text = new StringBuilder().AppendLine(greeting).AppendLine().AppendLine(intro).AppendLine();
            foreach (var (item, reason) in lines)
            {
                text.Append("- ").AppendLine(item);
                if (reason is not null)
                    text.Append("  ").AppendLine(reason);
            }
            if (more is not null)
                text.AppendLine(more);
            text.AppendLine().AppendLine(dashboard).AppendLine(dashboardLink).AppendLine().AppendLine(stop).AppendLine(settingsLink);

            var html = new StringBuilder()
                .Append("<p>").Append(Encode(greeting)).Append("</p><p>").Append(Encode(intro)).Append("</p><ul>");
            foreach (var (item, reason) in lines)
            {
                html.Append("<li>").Append(Encode(item));
                if (reason is not null)
                    html.Append("<br><small>").Append(Encode(reason)).Append("</small>");
                html.Append("</li>");
            }
            html.Append("</ul>");
            if (more is not null)
                html.Append("<p>").Append(Encode(more)).Append("</p>");
            html.Append("<p>").Append(Encode(dashboard)).Append(' ').Append(Link(dashboardLink)).Append("</p>")
                .Append("<p><small>").Append(Encode(stop)).Append(' ').Append(Link(settingsLink)).Append("</small></p>");
            return new EmailMessage(to, subject, html.ToString(), text.ToString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>The reason a factor gives, in the current language ("Digest.Reason.&lt;code&gt;"; an unknown code reads as itself).</summary>
    public static string Reason(string factorCode) => Text.Find("Digest.Reason." + factorCode) ?? factorCode;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Link(string url) => $"<a href=\"{Encode(url)}\">{Encode(url)}</a>";
}
