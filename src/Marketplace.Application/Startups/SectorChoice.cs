using Marketplace.Domain.Common;

namespace Marketplace.Application.Startups;

/// <summary>A sector a founder may pick, with its value-chain group (foundation, digital infrastructure, applications).</summary>
public sealed record SectorChoice(string Code, string? Group, LocalizedText Name);
