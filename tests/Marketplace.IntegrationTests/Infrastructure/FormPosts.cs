using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>
/// Posts a page's form with exactly the values a test gives: repeated names (checkbox lists) and
/// files (multipart), which <see cref="WebClient.SubmitAsync(string, IDictionary{string, string}, string)"/> cannot send.
/// The page is loaded first for its anti-forgery token and the form's action, as a browser would.
/// </summary>
public static class FormPosts
{
    public static async Task<Page> PostFormAsync(this WebClient client, string formPage, IEnumerable<KeyValuePair<string, string>> values, string formSelector = "main form")
    {
        var (action, token) = await FormOfAsync(client, formPage, formSelector);
        return await client.PostAsync(action, values.Append(new("__RequestVerificationToken", token)));
    }

    public static async Task<Page> PostFileAsync(
        this WebClient client, string formPage, string field, string fileName, string contentType, byte[] content, string formSelector = "main form")
    {
        var (action, token) = await FormOfAsync(client, formPage, formSelector);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, field, fileName);
        using var response = await client.Http.PostAsync(action, form);
        return await Page.ReadAsync(response);
    }

    /// <summary>The anti-forgery token of any page the client may load, for POSTs to URLs whose form it may not see.</summary>
    public static async Task<string> TokenAsync(this WebClient client, string page = "/") => WebClient.TokenOf(await client.GetAsync(page));

    private static async Task<(string Action, string Token)> FormOfAsync(WebClient client, string formPage, string formSelector)
    {
        var page = await client.GetAsync(formPage);
        if (page.Status != System.Net.HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {formPage} answered {(int)page.Status}.");
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {formPage}.");
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"No anti-forgery token in '{formSelector}' on {formPage}.");
        return (form.GetAttribute("action") ?? formPage, token);
    }
}
