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

/// <summary>The amounts a fund puts into one company, in one currency; either bound may be open, not both.</summary>
public sealed record TicketRange
{
    public TicketRange(long? min, long? max, string currency)
    {
        CheckRule(min is not null || max is not null, "Mandate.TicketBound");
        CheckRule(min is null or >= 1 and <= Money.MaxAmount && max is null or >= 1 and <= Money.MaxAmount, "Mandate.TicketAmount", Money.MaxAmount);
        CheckRule(min is null || max is null || min <= max, "Validation.MinAboveMax");
        CheckRule(Money.IsCurrencyCode(currency), "Validation.UnknownCurrency");
        (Min, Max, Currency) = (min, max, currency);
    }

    public long? Min { get; }
    public long? Max { get; }
    public string Currency { get; }
}

/// <summary>
/// A guidance fund's region rule: <see cref="GuidanceRuleCodes.None"/>, registered in one of the regions, or
/// reinvestment (a ratio of the fund's money invested in the regions, relocation counting or not). A setting
/// exists only under the rule that uses it, so none comes back to life unnoticed when a rule is chosen again.
/// </summary>
public sealed record RegionRule
{
    private RegionRule(string code, IReadOnlyList<string> regions, decimal? reinvestmentRatio, bool acceptsRelocation)
    {
        Code = code;
        Regions = regions;
        ReinvestmentRatio = reinvestmentRatio;
        AcceptsRelocation = acceptsRelocation;
    }

    public static RegionRule None { get; } = new(GuidanceRuleCodes.None, [], null, false);

    public string Code { get; }
    /// <summary>Cluster keys that count as the fund's region.</summary>
    public IReadOnlyList<string> Regions { get; }
    /// <summary>The multiple of the fund's money that must be invested in the region.</summary>
    public decimal? ReinvestmentRatio { get; }
    /// <summary>A company committed to relocate into the region counts as in the region.</summary>
    public bool AcceptsRelocation { get; }

    public bool IsRegional => GuidanceRuleCodes.IsRegional(Code);

    public static RegionRule RegisteredInRegion(IEnumerable<string> regions) =>
        new(GuidanceRuleCodes.RegisteredInRegion, RegionSet(regions), null, false);

    public static RegionRule Reinvestment(IEnumerable<string> regions, decimal ratio, bool acceptsRelocation)
    {
        CheckRule(MandateLimits.IsReinvestmentRatio(ratio), "Validation.ReinvestmentRatio",
            MandateLimits.MinReinvestmentRatio, MandateLimits.MaxReinvestmentRatio);
        return new(GuidanceRuleCodes.Reinvestment, RegionSet(regions), ratio, acceptsRelocation);
    }

    /// <summary>
    /// The rule a form or a file names (null or blank: none), keeping only the settings it uses.
    /// </summary>
    public static RegionRule Of(string? code, IEnumerable<string> regions, decimal? reinvestmentRatio, bool acceptsRelocation)
    {
        switch (string.IsNullOrWhiteSpace(code) ? GuidanceRuleCodes.None : code.Trim())
        {
            case GuidanceRuleCodes.None:
                return None;
            case GuidanceRuleCodes.RegisteredInRegion:
                return RegisteredInRegion(regions);
            case GuidanceRuleCodes.Reinvestment:
                CheckRule(reinvestmentRatio is not null, "Validation.ReinvestmentRatio",
                    MandateLimits.MinReinvestmentRatio, MandateLimits.MaxReinvestmentRatio);
                return Reinvestment(regions, reinvestmentRatio!.Value, acceptsRelocation);
            default:
                throw new DomainException("Validation.UnknownCode");
        }
    }

    private static List<string> RegionSet(IEnumerable<string> regions)
    {
        var set = Mandate.CodeSet(regions);
        CheckRule(set.Count > 0, "Validation.RegionsRequired");
        return set;
    }
}
