using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

/// <summary>A published project as the startup's public page lists it (public part only).</summary>
public sealed record StartupProjectItem(
    Guid Id, LocalizedText Title, LocalizedText Summary, long SeekingAmount, string SeekingCurrency, string Instrument, string Stage, DateTime? PublishedAt);
