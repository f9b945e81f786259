using Marketplace.Domain.Common;
using static Marketplace.Domain.Common.DomainException;

namespace Marketplace.Domain.Funds;

/// <summary>
/// What a fund invests in. Every rule is optional: no sectors (stages, target clusters) means any, no ticket
/// means any amount, no weekly capacity means no limit. The codes are sets: stages keep the product's order,
/// sectors and clusters the ordinal order, so the same mandate reads the same from a form and from a file.
/// </summary>
public sealed class Mandate
{
    public Mandate(
        IEnumerable<string> sectors, IEnumerable<string> stages, TicketRange? ticket, IEnumerable<string> targetClusters,
        bool openToOtherClusters, bool openToNewDeals, int? weeklyCapacity, RegionRule regionRule)
    {
        Sectors = CodeSet(sectors);
        var wanted = CodeSet(stages);
        CheckRule(wanted.All(Codes.Stages.Contains), "Validation.UnknownCode");
        Stages = [.. Codes.Stages.Where(wanted.Contains)];
        TargetClusters = CodeSet(targetClusters);
        CheckRule(weeklyCapacity is null or >= 1 and <= MandateLimits.MaxWeeklyCapacity, "Mandate.WeeklyCapacity", MandateLimits.MaxWeeklyCapacity);
        Ticket = ticket;
        OpenToOtherClusters = openToOtherClusters;
        OpenToNewDeals = openToNewDeals;
        WeeklyCapacity = weeklyCapacity;
        RegionRule = regionRule;
    }

    /// <summary>A mandate without any rule: open to new deals, any project.</summary>
    public static Mandate Open { get; } = new([], [], null, [], openToOtherClusters: true, openToNewDeals: true, null, RegionRule.None);

    public IReadOnlyList<string> Sectors { get; }
    public IReadOnlyList<string> Stages { get; }
    public TicketRange? Ticket { get; }
    public IReadOnlyList<string> TargetClusters { get; }
    public bool OpenToOtherClusters { get; }
    /// <summary>Closed funds take no applications and get no recommendations.</summary>
    public bool OpenToNewDeals { get; }
    /// <summary>Applications the team can answer per week; null means no limit.</summary>
    public int? WeeklyCapacity { get; }
    public RegionRule RegionRule { get; }

    /// <summary>Distinct codes in ordinal order, at most <see cref="MandateLimits.MaxCodes"/>.</summary>
    internal static List<string> CodeSet(IEnumerable<string> codes)
    {
        var set = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        CheckRule(set.Count <= MandateLimits.MaxCodes, "Validation.TooMany", MandateLimits.MaxCodes);
        return set;
    }
}
