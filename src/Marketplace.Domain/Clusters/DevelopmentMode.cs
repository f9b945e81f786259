namespace Marketplace.Domain.Clusters;

public enum DevelopmentMode
{
    TechnologyBreakthrough,
    ApplicationScenario,
    InstitutionSupply,
}
