namespace Marketplace.Domain.Funds;

/// <summary>The limits of a fund's mandate, the same on its form and in the import.</summary>
public static class MandateLimits
{
    /// <summary>Sectors, stages, target clusters or regions a mandate lists, at most.</summary>
    public const int MaxCodes = 40;

    /// <summary>Applications the team answers per week, at most (null means no limit).</summary>
    public const int MaxWeeklyCapacity = 1000;

    /// <summary>
    /// The reinvestment ratio is the multiple of the fund's money that must end up invested in its region:
    /// never below 1. Real guidance funds ask 1.0–3.0; 10 leaves room for any policy while a ratio written
    /// as a percentage (150 for 1.5×) is refused instead of read as 150×.
    /// </summary>
    public const decimal MinReinvestmentRatio = 1m;

    /// <inheritdoc cref="MinReinvestmentRatio"/>
    public const decimal MaxReinvestmentRatio = 10m;

    /// <summary>Decimal places a reinvestment ratio may have (1.25, not 1.255); the database column keeps two.</summary>
    public const int ReinvestmentRatioDecimals = 2;

    public static bool IsReinvestmentRatio(decimal ratio) =>
        ratio is >= MinReinvestmentRatio and <= MaxReinvestmentRatio && decimal.Round(ratio, ReinvestmentRatioDecimals) == ratio;
}
