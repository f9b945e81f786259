namespace Marketplace.Application.Funds;

public static class FitRules
{
    public const string Project = "project";
    public const string OpenToNewDeals = "open-to-new-deals";
    public const string Stage = "stage";
    public const string Ticket = "ticket";
    public const string Sector = "sector";
    public const string Cluster = "cluster";
    public const string GuidanceRegion = "guidance-region";

    /// <summary>The order outcomes come in.</summary>
    public static readonly IReadOnlyList<string> All = [Project, OpenToNewDeals, Stage, Ticket, Sector, Cluster, GuidanceRegion];
}
