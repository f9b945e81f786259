using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

public sealed record SectorOption(string Code, string? Group, LocalizedText Name);
