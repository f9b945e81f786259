using Marketplace.Domain.Common;

namespace Marketplace.Domain.Clusters;

public enum DevelopmentMode
{
    TechnologyBreakthrough,
    ApplicationScenario,
    InstitutionSupply,
}

public static class DevelopmentModes
{
    public static string ToCode(this DevelopmentMode mode) => mode switch
    {
        DevelopmentMode.TechnologyBreakthrough => "technology-breakthrough",
        DevelopmentMode.ApplicationScenario => "application-scenario",
        DevelopmentMode.InstitutionSupply => "institution-supply",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    public static bool TryParse(string? code, out DevelopmentMode mode)
    {
        switch (code)
        {
            case "technology-breakthrough": mode = DevelopmentMode.TechnologyBreakthrough; return true;
            case "application-scenario": mode = DevelopmentMode.ApplicationScenario; return true;
            case "institution-supply": mode = DevelopmentMode.InstitutionSupply; return true;
            default: mode = default; return false;
        }
    }
}

/// <summary>A named AI industry cluster (PRODUCT.md). Reference clusters ship with the product.</summary>
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

/// <summary>
/// What a cluster has on the market, refreshed by a background job so the cluster pages
/// read one row instead of counting on every request. Later issues add their counts.
/// </summary>
public sealed class ClusterStatistics
{
    public Guid ClusterId { get; set; }
    public int Members { get; set; }
    public int Founders { get; set; }
    public int FundManagers { get; set; }
    public int Researchers { get; set; }
    public DateTime RefreshedAt { get; set; }
}
