namespace Marketplace.Domain.Projects;

public static class ClosedReasons
{
    public const string Funded = "funded";
    public const string Withdrawn = "withdrawn";
    public static readonly IReadOnlyList<string> All = [Funded, Withdrawn];
}
