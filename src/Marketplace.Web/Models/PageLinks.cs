namespace Marketplace.Web.Models;

/// <summary>Previous/next links of a paged list; <see cref="Url"/> keeps the page's filters.</summary>
public sealed record PageLinks(int Page, int PageCount, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public static PageLinks For<T>(Marketplace.Application.Common.PagedList<T> list, string path, IReadOnlyDictionary<string, string?> query) =>
        new(list.Page, list.PageCount, list.Total, path, query);

    public string Url(int page)
    {
        var values = Query.Where(q => !string.IsNullOrEmpty(q.Value)).Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Path, values);
    }
}
