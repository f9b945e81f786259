namespace Marketplace.Domain.Projects;

/// <summary>The limits of a project, the same on its forms and in the import (amounts: <see cref="Common.Money.MaxAmount"/>).</summary>
public static class ProjectLimits
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;
    public const long MaxMetricValue = 1_000_000_000_000_000;
    public const int MaxRunwayMonths = 240;
}
