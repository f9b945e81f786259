using System.Globalization;
using System.Net;
using System.Text;
using Marketplace.Application.Common;

namespace Marketplace.Application.Matching.Explanation;

/// <summary>
/// The digest e-mail, written in the reader's language from resources; an item's reason is the sentence
/// the recommendation's "why" panel shows for that factor (<see cref="RecommendationText.Sentence"/>).
/// </summary>
public static class DigestEmail
{
    /// <summary>How many items the e-mail lists; the rest are counted and left to the dashboard.</summary>
    public const int MaxListed = 10;

    public static EmailMessage Compose(
        string to, string culture, string displayName, IReadOnlyList<DigestItem> items, RecommendationVocabulary names, string dashboardLink, string settingsLink)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var reader = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = reader;
        try
        {
            var subject = Text.Format("Digest.Email.Subject", items.Count);
            var lines = items.Take(MaxListed).Select(i => (
                Item: Text.Format("Digest.Email.Item", i.Target.For(reader), i.Subject?.For(reader) ?? Text.Get("Digest.YourProfile")),
                Reason: i.Reason is { } factor ? Text.Format("Digest.Email.Reason", RecommendationText.Sentence(factor, names)) : null)).ToList();
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

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Link(string url) => $"<a href=\"{Encode(url)}\">{Encode(url)}</a>";
}
