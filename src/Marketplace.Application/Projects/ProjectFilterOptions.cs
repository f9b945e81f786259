namespace Marketplace.Application.Projects;

/// <summary>What the discovery filters offer besides the fixed codes: the sectors and the currencies with a reference rate.</summary>
public sealed record ProjectFilterOptions(IReadOnlyList<SectorOption> Sectors, IReadOnlyList<string> Currencies);
