using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>
/// Talks to the app as a browser would: keeps cookies, GETs the page with the form to take its
/// anti-forgery token, then POSTs (eShopOnWeb WebPageHelpers). Never follows redirects by itself.
/// </summary>
public sealed class WebClient : IDisposable
{
    private readonly HttpClient http;

    public WebClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress,
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await http.SendAsync(request);
        return await Page.ReadAsync(response);
    }

    /// <summary>GETs <paramref name="formPage"/>, fills the form found by <paramref name="formSelector"/> and submits it.</summary>
    public async Task<Page> SubmitAsync(string formPage, IDictionary<string, string> fields, string formSelector = "main form")
    {
        var page = await GetAsync(formPage);
        if (page.Status != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {formPage} answered {(int)page.Status}.");
        return await SubmitAsync(page, fields, formSelector);
    }

    /// <summary>Submits a form of an already loaded page, keeping its hidden fields (the anti-forgery token among them).</summary>
    public async Task<Page> SubmitAsync(Page page, IDictionary<string, string> fields, string formSelector = "main form", string? submitName = null, string? submitValue = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        // What a browser would send for the fields the test does not set: hidden and filled-in
        // inputs, checked boxes, the selected options and text areas (an edit form keeps its values).
        var values = new List<KeyValuePair<string, string>>();
        void Keep(string? name, string value)
        {
            if (!string.IsNullOrEmpty(name) && !fields.ContainsKey(name))
                values.Add(new(name, value));
        }
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input"))
        {
            if (input.IsDisabled || input.Type is "submit" or "button" or "reset" or "image" or "file")
                continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                continue;
            Keep(input.Name, input.Value);
        }
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select"))
            if (!select.IsDisabled && select.Value is { } selected)
                Keep(select.Name, selected);
        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea"))
            if (!area.IsDisabled)
                Keep(area.Name, area.Value);
        values.AddRange(fields);
        if (submitName is not null)
            values.Add(new(submitName, submitValue ?? ""));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        return await PostAsync(action, values);
    }

    /// <summary>A raw POST: no token is added (for testing that one is required).</summary>
    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        using var response = await http.PostAsync(url, content);
        return await Page.ReadAsync(response);
    }

    /// <summary>The anti-forgery token of the first form on a page, for hand-built POSTs.</summary>
    public static string TokenOf(Page page) =>
        page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException($"No anti-forgery token on {page.Url}.");

    public void Dispose() => http.Dispose();
}

public sealed class Page
{
    private Page(HttpStatusCode status, string url, string html, IDocument document, Uri? location, string? contentType)
    {
        Status = status;
        Url = url;
        Html = html;
        Document = document;
        Location = location;
        ContentType = contentType;
    }

    public HttpStatusCode Status { get; }
    public string Url { get; }
    public string Html { get; }
    public IDocument Document { get; }
    public Uri? Location { get; }
    public string? ContentType { get; }

    public string? Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim();

    public IReadOnlyList<string> Texts(string selector) => Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    /// <summary>The message shown next to a field (asp-validation-for), or null.</summary>
    public string? FieldError(string field) =>
        Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } message ? message : null;

    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html));
        return new Page(response.StatusCode, response.RequestMessage!.RequestUri!.PathAndQuery, html, document,
            response.Headers.Location, response.Content.Headers.ContentType?.MediaType);
    }
}
