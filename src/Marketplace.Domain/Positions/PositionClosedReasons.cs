namespace Marketplace.Domain.Positions;

public static class PositionClosedReasons
{
    public const string Deadline = "deadline";
    public const string Filled = "filled";
    public const string Withdrawn = "withdrawn";
    public static readonly IReadOnlyList<string> All = [Deadline, Filled, Withdrawn];
}
