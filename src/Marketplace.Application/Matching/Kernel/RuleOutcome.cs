using Marketplace.Application.Funds;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// The outcome of one mandate rule for one project: the rule (<see cref="FitRules"/>), whether it
/// passed, and why (<see cref="FitReasons"/>) with what the reason names. Passed rules carry a reason
/// too, because pages and recommendations show them ("in Beijing, meets the reinvestment rule by relocation").
/// </summary>
public sealed record RuleOutcome(string Rule, bool Passed, string Reason, IReadOnlyList<FitArg> Arguments)
{
    /// <summary>False when the mandate sets no such rule (any stage, no region rule): a pass that says nothing about the project.</summary>
    public bool Restricts => !FitReasons.Unrestricted.Contains(Reason);

    public bool Equals(RuleOutcome? other) =>
        other is not null && Rule == other.Rule && Passed == other.Passed && Reason == other.Reason && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Rule, Passed, Reason);
}
