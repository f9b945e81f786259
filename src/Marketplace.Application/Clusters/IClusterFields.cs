namespace Marketplace.Application.Clusters;

/// <summary>The fields an administrator fills in for a cluster, on the new and the edit form alike.</summary>
public interface IClusterFields
{
    string? NameEn { get; }
    string? NameZh { get; }
    string CountryCode { get; }
    string? Region { get; }
    string Mode { get; }
    string? DescriptionEn { get; }
    string? DescriptionZh { get; }
}
