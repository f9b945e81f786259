using Marketplace.Application.Clusters;
using Marketplace.Application.Moderation;
using Marketplace.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Models;

public sealed class ModerationDecisionForm : IFormPage
{
    public Guid RequestId { get; set; }
    public DecideModeration.Verdict? Verdict { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }

    /// <summary>The request under review, as saved. Never bound from the form.</summary>
    [BindNever]
    public ModerationRequestDetails? Request { get; set; }

    public static ModerationDecisionForm From(ModerationRequestDetails request) =>
        new() { RequestId = request.Id, Version = request.Version, Request = request };

    public DecideModeration.Command ToCommand(Guid requestId) => new(requestId, Verdict, Reason, Version);

    public async Task LoadPageAsync(ISender sender, CancellationToken ct) =>
        Request = await sender.Send(new GetModerationRequest.Query(RequestId), ct);
}

/// <summary>The new-cluster and edit-cluster form; the key comes from the URL when editing.</summary>
public sealed class ClusterForm
{
    public string Key { get; set; } = "";
    public string? NameEn { get; set; }
    public string? NameZh { get; set; }
    public string CountryCode { get; set; } = "";
    public string? Region { get; set; }
    public string Mode { get; set; } = "";
    public string? DescriptionEn { get; set; }
    public string? DescriptionZh { get; set; }
    public int Version { get; set; }

    public static ClusterForm From(ClusterDetails cluster) => new()
    {
        Key = cluster.Key,
        NameEn = cluster.Name.En,
        NameZh = cluster.Name.Zh,
        CountryCode = cluster.CountryCode,
        Region = cluster.Region,
        Mode = Marketplace.Domain.Clusters.DevelopmentModes.ToCode(cluster.Mode),
        DescriptionEn = cluster.Description.En,
        DescriptionZh = cluster.Description.Zh,
        Version = cluster.Version,
    };

    public CreateCluster.Command ToCreateCommand() =>
        new(Key ?? "", NameEn, NameZh, CountryCode ?? "", Region, Mode ?? "", DescriptionEn, DescriptionZh);

    public UpdateCluster.Command ToUpdateCommand(string key) =>
        new(key, NameEn, NameZh, CountryCode ?? "", Region, Mode ?? "", DescriptionEn, DescriptionZh, Version);
}

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
