namespace Marketplace.Infrastructure.ReferenceData;

public sealed record ReferenceRate(string Currency, decimal UnitsPerReference);
