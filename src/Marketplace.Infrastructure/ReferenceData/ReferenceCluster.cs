namespace Marketplace.Infrastructure.ReferenceData;

public sealed record ReferenceCluster(string Key, TextJson Name, string Country, string? Region, string Mode, TextJson Description);
