namespace Marketplace.Domain.Projects;

public static class TractionMetrics
{
    public static readonly IReadOnlyList<string> All =
        ["customers", "paying-customers", "monthly-active-users", "annual-recurring-revenue", "revenue-growth-percent", "pilots", "patents", "employees"];

    public const int MaxPerProject = 8;
}
