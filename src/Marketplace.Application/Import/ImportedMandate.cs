using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Import;

/// <summary>
/// A file's mandate in the form's terms, for the shared validator and <c>Fund.DefineMandate</c>; a missing
/// rule means "any", a guidance fund without a guidance block has the rule "none".
/// </summary>
internal sealed record ImportedMandate(
    string? FundType, IReadOnlyList<string> Sectors, IReadOnlyList<string> Stages, long? TicketMin, long? TicketMax, string? TicketCurrency,
    IReadOnlyList<string> TargetClusterKeys, bool OpenToOtherClusters, bool OpenToNewDeals, int? WeeklyCapacity,
    string? GuidanceRule, IReadOnlyList<string> GuidanceRegions, decimal? ReinvestmentRatio, bool AcceptsRelocation) : IMandateFields
{
    /// <summary>The file's field for each of the form's (the runner lowers the first letters).</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [nameof(Sectors)] = "Mandate.Sectors",
        [nameof(Stages)] = "Mandate.Stages",
        [nameof(TicketMin)] = "Mandate.Ticket.Min",
        [nameof(TicketMax)] = "Mandate.Ticket.Max",
        [nameof(TicketCurrency)] = "Mandate.Ticket.Currency",
        [nameof(TargetClusterKeys)] = "Mandate.Clusters",
        [nameof(WeeklyCapacity)] = "Mandate.WeeklyCapacity",
        [nameof(GuidanceRule)] = "Mandate.Guidance.Rule",
        [nameof(GuidanceRegions)] = "Mandate.Guidance.Regions",
        [nameof(ReinvestmentRatio)] = "Mandate.Guidance.ReinvestmentRatio",
        [nameof(AcceptsRelocation)] = "Mandate.Guidance.AcceptsRelocation",
    };

    public static string FieldOf(string property) => Fields.GetValueOrDefault(property, "Mandate");

    public static ImportedMandate Of(FundRecord record)
    {
        var m = record.Mandate;
        var guidance = m?.Guidance;
        return new ImportedMandate(
            record.Type, Codes(m?.Sectors), Codes(m?.Stages), m?.Ticket?.Min, m?.Ticket?.Max, m?.Ticket?.Currency,
            Codes(m?.Clusters), m?.OpenToOtherClusters ?? true, m?.OpenToNewDeals ?? true, m?.WeeklyCapacity,
            guidance?.Rule, Codes(guidance?.Regions), guidance?.ReinvestmentRatio, guidance?.AcceptsRelocation ?? false);
    }

    private static List<string> Codes(IReadOnlyList<string?>? codes) => codes?.OfType<string>().ToList() ?? [];
}
