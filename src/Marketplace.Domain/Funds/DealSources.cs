namespace Marketplace.Domain.Funds;

/// <summary>How a project entered a fund's pipeline.</summary>
public static class DealSources
{
    public const string Browse = "browse";
    public const string Application = "application";
    public const string Intro = "intro";
    public const string Recommendation = "recommendation";
}
