using Marketplace.Application.Clusters;

namespace Marketplace.Web.Models;

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
