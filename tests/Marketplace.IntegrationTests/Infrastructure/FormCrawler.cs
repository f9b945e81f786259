using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>What kind of value a form field holds, read from the page the way a scanner would.</summary>
public enum FieldKind
{
    Text,
    Number,
    Boolean,
    Date,
    Guid,
    LocalUrl,
}

public sealed record FormField(string Name, FieldKind Kind);

/// <summary>
/// One POST form as a page shows it: where it posts, its fields (hidden ones included) and the values a
/// browser would send if the user pressed its first button without touching anything.
/// </summary>
public sealed record CrawledForm(string Page, string Action, bool Multipart, IReadOnlyList<FormField> Fields, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    public const string TokenName = "__RequestVerificationToken";

    /// <summary>The same form wherever it shows: its action with ids as {id}, and its field names.</summary>
    public string Signature => FormCrawler.Pattern(Action) + " " + string.Join(",", Fields.Select(f => f.Name).Order(StringComparer.Ordinal));

    /// <summary>The values with every entry of <paramref name="name"/> replaced by <paramref name="value"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> With(string name, string value) => Values.With(name, value);
}

public static class FormValues
{
    /// <summary>The values with every entry of <paramref name="name"/> replaced by <paramref name="value"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> With(this IEnumerable<KeyValuePair<string, string>> values, string name, string value) =>
        [.. values.Where(v => v.Key != name), new(name, value)];
}

/// <summary>
/// Walks the site as a signed-in user from a few start pages, following the links each page shows (two pages
/// of each shape: <c>/projects/{id}</c> is read twice, not once per project; twenty of a section such as
/// <c>/clusters</c>), and collects every POST form it meets. New pages and forms are found without a list to
/// keep up to date.
/// </summary>
public static partial class FormCrawler
{
    public static async Task<IReadOnlyList<CrawledForm>> CrawlAsync(
        WebClient client, IEnumerable<string> start, int maxPages = 100, int perShape = 2, int perSection = 20)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var sections = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, CrawledForm>(StringComparer.Ordinal);
        var pages = 0;
        while (queue.Count > 0 && pages < maxPages)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
                continue;
            var shape = Pattern(url);
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            if (shapes[shape] > perShape)
                continue;
            // Pages named by a slug (/clusters/beijing) all have shapes of their own: a section is read so far only.
            var section = url.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            sections[section] = sections.GetValueOrDefault(section) + 1;
            if (sections[section] > perSection)
                continue;
            var page = await client.GetAsync(url);
            pages++;
            if (page.Status != HttpStatusCode.OK || page.ContentType != "text/html")
                continue;
            foreach (var form in FormsOf(page))
                forms.TryAdd(form.Signature, form);
            foreach (var link in page.Document.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
                if (Follow(link.GetAttribute("href")) is { } next && !seen.Contains(next))
                    queue.Enqueue(next);
        }
        return [.. forms.Values];
    }

    /// <summary>The POST forms of a page (a form outside <c>main</c>, such as the language switcher, included).</summary>
    public static IEnumerable<CrawledForm> FormsOf(Page page)
    {
        foreach (var form in page.Document.QuerySelectorAll<IHtmlFormElement>("form"))
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                continue;
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
            var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            var fields = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
            var values = new List<KeyValuePair<string, string>>();
            var pressed = false;
            foreach (var element in form.Elements)
            {
                var name = element.GetAttribute("name");
                if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
                    continue;
                switch (element)
                {
                    case IHtmlInputElement input when input.Type is "file" or "reset" or "image" or "button":
                        continue;
                    case IHtmlInputElement input when input.Type is "submit":
                        if (!pressed)
                            values.Add(new(name, input.Value));
                        pressed = true;
                        break;
                    case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                        if (input.IsChecked)
                            values.Add(new(name, input.Value));
                        break;
                    case IHtmlInputElement input:
                        values.Add(new(name, input.Value));
                        break;
                    case IHtmlSelectElement select:
                        if (select.Value is { } selected)
                            values.Add(new(name, selected));
                        break;
                    case IHtmlTextAreaElement area:
                        values.Add(new(name, area.Value));
                        break;
                    case IHtmlButtonElement button when button.Type is "submit":
                        // The button a user presses sends its name and value; the first one stands for it.
                        if (!pressed)
                            values.Add(new(name, button.Value));
                        pressed = true;
                        break;
                    default:
                        continue;
                }
                (fields.TryGetValue(name, out var list) ? list : fields[name] = []).Add(element);
            }
            fields.Remove(CrawledForm.TokenName);
            if (fields.Count == 0)
                continue; // nothing to type into (sign out, mark all read): only the token, which stays valid
            yield return new CrawledForm(page.Url, action, multipart, [.. fields.Select(f => new FormField(f.Key, KindOf(f.Value)))], values);
        }
    }

    private static FieldKind KindOf(List<IElement> elements)
    {
        var inputs = elements.OfType<IHtmlInputElement>().ToList();
        var values = elements.Select(ValueOf).Where(v => v.Length > 0).ToList();
        if (inputs.Any(i => i.Type is "checkbox") && values.All(v => bool.TryParse(v, out _)) && values.Count > 0
            || values.Count > 0 && values.All(v => bool.TryParse(v, out _)))
            return FieldKind.Boolean;
        if (inputs.Any(i => i.Type is "number") || inputs.Any(i => i.GetAttribute("inputmode") is "numeric" or "decimal")
            || values.Count > 0 && values.All(v => long.TryParse(v, out _)))
            return FieldKind.Number;
        if (inputs.Any(i => i.Type is "date" or "datetime-local" or "month" or "week"))
            return FieldKind.Date;
        if (values.Count > 0 && values.All(v => System.Guid.TryParse(v, out _)))
            return FieldKind.Guid;
        if (values.Count > 0 && values.All(v => v.StartsWith('/')))
            return FieldKind.LocalUrl;
        return FieldKind.Text;
    }

    private static string ValueOf(IElement element) => element switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlSelectElement select => select.Options.Select(o => o.Value).FirstOrDefault(v => v.Length > 0) ?? "",
        IHtmlTextAreaElement area => area.Value,
        IHtmlButtonElement button => button.Value,
        _ => "",
    };

    /// <summary>A link to follow: a page of this site, without its fragment; not a file, not the sign-out.</summary>
    private static string? Follow(string? href)
    {
        if (string.IsNullOrEmpty(href) || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("/\\", StringComparison.Ordinal))
            return null;
        var url = href.Split('#')[0];
        var path = url.Split('?')[0];
        if (path.Length == 0 || Path.HasExtension(path) || path.StartsWith("/lib/", StringComparison.Ordinal) || path.StartsWith("/admin/jobs", StringComparison.Ordinal))
            return null;
        return url;
    }

    /// <summary>The shape of an address: ids as {id}, query values left out (<c>/projects/{id}?page</c>).</summary>
    public static string Pattern(string url)
    {
        var parts = url.Split('#')[0].Split('?', 2);
        var path = Ids().Replace(parts[0], "{id}");
        if (parts.Length == 1)
            return path;
        var keys = parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Distinct().Order(StringComparer.Ordinal);
        return path + "?" + string.Join("&", keys);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Ids();
}
