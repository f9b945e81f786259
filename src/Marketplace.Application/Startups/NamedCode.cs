using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

public sealed record NamedCode(string Code, LocalizedText Name);
