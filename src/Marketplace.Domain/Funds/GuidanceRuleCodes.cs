namespace Marketplace.Domain.Funds;

/// <summary>A guidance fund's region rule (docs/import-format.md codes), and the fund type that may have one.</summary>
public static class GuidanceRuleCodes
{
    /// <summary>The fund type whose mandate may have a region rule.</summary>
    public const string GuidanceFundType = "guidance";

    /// <summary>The company must be registered in one of the regions.</summary>
    public const string RegisteredInRegion = "registered-in-region";

    /// <summary>A multiple of the fund's money must end up invested in the regions (relocation may count).</summary>
    public const string Reinvestment = "reinvestment";

    /// <summary>A guidance fund that dropped its region rules (recent policy allows it).</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [RegisteredInRegion, Reinvestment, None];

    /// <summary>A rule that restricts where the company is (null and "none" do not).</summary>
    public static bool IsRegional(string? rule) => rule is RegisteredInRegion or Reinvestment;
}
