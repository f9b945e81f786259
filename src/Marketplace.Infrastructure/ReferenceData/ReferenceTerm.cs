namespace Marketplace.Infrastructure.ReferenceData;

public sealed record ReferenceTerm(string Code, string? Group, TextJson Name);
