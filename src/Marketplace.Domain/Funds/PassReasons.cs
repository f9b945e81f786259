namespace Marketplace.Domain.Funds;

public static class PassReasons
{
    public static readonly IReadOnlyList<string> All = ["not-in-mandate", "team", "market", "traction", "valuation", "timing", "other"];
}
