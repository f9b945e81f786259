namespace Marketplace.Domain.Common;

/// <summary>
/// The product's stable codes (docs/import-format.md). URLs, filters, the API and the import use these;
/// display names come from localized resources.
/// </summary>
public static class Codes
{
    public static readonly IReadOnlyList<string> Roles = ["founder", "fund-manager", "researcher", "admin"];
    public static readonly IReadOnlyList<string> SelfChosenRoles = ["founder", "fund-manager", "researcher"];
    public static readonly IReadOnlyList<string> ClusterModes = ["technology-breakthrough", "application-scenario", "institution-supply"];
    public static readonly IReadOnlyList<string> ReferenceClusters =
        ["beijing", "hangzhou", "shenzhen", "shanghai", "silicon-valley", "montreal", "toronto", "london", "singapore"];
    public static readonly IReadOnlyList<string> Stages =
        ["idea", "pre-seed", "seed", "angel", "series-a", "series-b", "series-c-plus", "growth", "pre-ipo"];
    public static readonly IReadOnlyList<string> Instruments = ["equity", "convertible-note", "safe", "debt", "grant"];
    public static readonly IReadOnlyList<string> ListingStatuses = ["draft", "submitted", "published", "closed"];
    public static readonly IReadOnlyList<string> FundTypes = [Funds.GuidanceRuleCodes.GuidanceFundType, "venture-capital", "industry", "corporate-vc", "angel"];
    public static readonly IReadOnlyList<string> GuidanceRules =
        [Funds.GuidanceRuleCodes.RegisteredInRegion, Funds.GuidanceRuleCodes.Reinvestment, Funds.GuidanceRuleCodes.None];
    public static readonly IReadOnlyList<string> PositionTypes =
        ["full-time", "part-time", "postdoc", "visiting", "advisor", "co-founder", "internship"];
    public static readonly IReadOnlyList<string> Degrees = ["none", "bachelor", "master", "phd"];
    public static readonly IReadOnlyList<string> Visibilities = ["public", "verified-organisations", "hidden"];
    public static readonly IReadOnlyList<string> AffiliationTypes = ["university", "institute", "enterprise-lab", "startup", "other"];
    public static readonly IReadOnlyList<string> Cultures = ["en", "zh-Hans"];

    /// <summary>A code is lowercase ASCII letters and digits separated by single hyphens.</summary>
    public static bool IsWellFormed(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= 64
        && code.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && code[0] != '-' && code[^1] != '-' && !code.Contains("--", StringComparison.Ordinal);
}
