namespace Marketplace.Application.Funds;

public static class FitReasons
{
    public const string ProjectPublished = "project-published";
    public const string ProjectNotPublished = "project-not-published";
    public const string ProjectClosed = "project-closed";

    public const string FundOpen = "fund-open-to-new-deals";
    public const string FundClosed = "fund-closed-to-new-deals";

    public const string AnyStage = "any-stage";
    public const string StageInMandate = "stage-in-mandate";
    public const string StageNotInMandate = "stage-not-in-mandate";

    public const string NoTicketRange = "no-ticket-range";
    public const string TicketInRange = "ticket-in-range";
    public const string TicketBelowMinimum = "ticket-below-minimum";
    public const string TicketAboveMaximum = "ticket-above-maximum";
    public const string CurrencyWithoutRate = "currency-without-rate";

    public const string AnySector = "any-sector";
    public const string SectorInMandate = "sector-in-mandate";
    public const string SectorNotInMandate = "sector-not-in-mandate";

    public const string AnyCluster = "any-cluster";
    public const string ClusterTargeted = "cluster-targeted";
    public const string RelocatingToTargetCluster = "relocating-to-target-cluster";
    public const string OtherClusterAccepted = "other-cluster-accepted";
    public const string ClusterNotTargeted = "cluster-not-targeted";

    public const string NoRegionRule = "no-region-rule";
    public const string InRegion = "in-region";
    public const string MeetsReinvestmentByRelocation = "meets-reinvestment-by-relocation";
    public const string RelocationNotAccepted = "relocation-not-accepted";
    public const string OutsideGuidanceRegion = "outside-guidance-region";

    /// <summary>Passes that only say the mandate sets no such rule.</summary>
    public static readonly IReadOnlySet<string> Unrestricted = new HashSet<string>(StringComparer.Ordinal)
        { AnyStage, NoTicketRange, AnySector, AnyCluster, NoRegionRule };

    public static readonly IReadOnlyList<string> All =
    [
        ProjectPublished, ProjectNotPublished, ProjectClosed, FundOpen, FundClosed,
        AnyStage, StageInMandate, StageNotInMandate,
        NoTicketRange, TicketInRange, TicketBelowMinimum, TicketAboveMaximum, CurrencyWithoutRate,
        AnySector, SectorInMandate, SectorNotInMandate,
        AnyCluster, ClusterTargeted, RelocatingToTargetCluster, OtherClusterAccepted, ClusterNotTargeted,
        NoRegionRule, InRegion, MeetsReinvestmentByRelocation, RelocationNotAccepted, OutsideGuidanceRegion,
    ];
}
