namespace Marketplace.Domain.Positions;

/// <summary>The limits of a position, the same on its forms and in the import (compensation: <see cref="Common.Money.MaxAmount"/>).</summary>
public static class PositionLimits
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 8000;
    public const int MaxYearsExperience = 40;
}
