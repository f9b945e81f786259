using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Funds;

/// <summary>Every rule's outcome, in a fixed order; the project fits when all passed.</summary>
public sealed record FitResult(IReadOnlyList<RuleOutcome> Outcomes)
{
    public bool Fits => Outcomes.All(o => o.Passed);

    public IReadOnlyList<RuleOutcome> Failures => Outcomes.Where(o => !o.Passed).ToList();

    public RuleOutcome For(string rule) => Outcomes.Single(o => o.Rule == rule);
}
