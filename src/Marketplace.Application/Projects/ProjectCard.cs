using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

/// <summary>A published project as discovery lists it: the public part only.</summary>
public sealed record ProjectCard(
    Guid Id, LocalizedText Title, LocalizedText Excerpt, Guid StartupId, LocalizedText StartupName,
    string ClusterKey, LocalizedText ClusterName, IReadOnlyList<string> Sectors, string Stage, string Instrument,
    long Amount, string Currency, DateTime PublishedAt, long? AmountInSearchCurrency);
