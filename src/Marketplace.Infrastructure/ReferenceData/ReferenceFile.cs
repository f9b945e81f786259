namespace Marketplace.Infrastructure.ReferenceData;

public sealed record ReferenceFile(
    IReadOnlyList<ReferenceCluster> Clusters, IReadOnlyList<ReferenceTerm> Sectors, IReadOnlyList<ReferenceTerm> ResearchAreas,
    IReadOnlyList<ReferenceRate> CurrencyRates);
