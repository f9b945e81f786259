namespace Marketplace.Application.Funds;

/// <summary>
/// Why a fund has no recommendations: of the <see cref="Published"/> projects on the market, how many pass
/// each rule its mandate sets (<see cref="FitRules"/>), and how many pass them all. The narrowest rule is
/// what widening would change most.
/// </summary>
public sealed record MandateDiagnosis(Guid FundId, int Published, bool OpenToNewDeals, IReadOnlyList<RuleCount> Rules, int FitAll)
{
    public RuleCount? Narrowest => Rules.Count == 0 ? null : Rules.MinBy(r => r.Passing);
}
