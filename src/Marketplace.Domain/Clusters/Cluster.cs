using Marketplace.Domain.Common;

namespace Marketplace.Domain.Clusters;

/// <summary>A named AI industry cluster. Reference clusters ship with the product.</summary>
public sealed class Cluster : AuditedEntity
{
    private Cluster() { }

    public Cluster(string key, LocalizedText name, string countryCode, string? region, DevelopmentMode mode, LocalizedText description)
    {
        Key = key;
        Name = name;
        CountryCode = countryCode;
        Region = region;
        Mode = mode;
        Description = description;
    }

    public string Key { get; private set; } = null!;
    public LocalizedText Name { get; set; } = LocalizedText.Empty;
    public string CountryCode { get; set; } = null!;
    public string? Region { get; set; }
    public DevelopmentMode Mode { get; set; }
    public LocalizedText Description { get; set; } = LocalizedText.Empty;
    /// <summary>An external id from an import file, when the cluster came from one.</summary>
    public string? ImportKey { get; set; }
}
