using Marketplace.Domain.Common;
using static Marketplace.Domain.Common.DomainException;

namespace Marketplace.Domain.Funds;

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
