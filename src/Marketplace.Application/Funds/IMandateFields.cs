namespace Marketplace.Application.Funds;

/// <summary>A fund's mandate as a door gives it: the mandate form (<see cref="DefineMandate"/>) or an import file.</summary>
public interface IMandateFields
{
    IReadOnlyList<string> Sectors { get; }
    IReadOnlyList<string> Stages { get; }
    long? TicketMin { get; }
    long? TicketMax { get; }
    string? TicketCurrency { get; }
    IReadOnlyList<string> TargetClusterKeys { get; }
    bool OpenToOtherClusters { get; }
    bool OpenToNewDeals { get; }
    int? WeeklyCapacity { get; }
    string? GuidanceRule { get; }
    IReadOnlyList<string> GuidanceRegions { get; }
    decimal? ReinvestmentRatio { get; }
    bool AcceptsRelocation { get; }
}
