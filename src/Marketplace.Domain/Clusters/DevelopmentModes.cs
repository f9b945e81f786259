namespace Marketplace.Domain.Clusters;

public static class DevelopmentModes
{
    public static string ToCode(this DevelopmentMode mode) => mode switch
    {
        DevelopmentMode.TechnologyBreakthrough => "technology-breakthrough",
        DevelopmentMode.ApplicationScenario => "application-scenario",
        DevelopmentMode.InstitutionSupply => "institution-supply",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    public static bool TryParse(string? code, out DevelopmentMode mode)
    {
        switch (code)
        {
            case "technology-breakthrough": mode = DevelopmentMode.TechnologyBreakthrough; return true;
            case "application-scenario": mode = DevelopmentMode.ApplicationScenario; return true;
            case "institution-supply": mode = DevelopmentMode.InstitutionSupply; return true;
            default: mode = default; return false;
        }
    }
}
