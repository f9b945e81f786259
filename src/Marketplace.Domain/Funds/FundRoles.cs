namespace Marketplace.Domain.Funds;

public static class FundRoles
{
    public const string Partner = "partner";
    public const string Analyst = "analyst";
    public static readonly IReadOnlyList<string> All = [Partner, Analyst];
}
