namespace Marketplace.Application.Import;

/// <summary>A guidance fund's region rule (docs/import-format.md codes: registered-in-region, reinvestment, none).</summary>
public sealed record GuidanceJson(IReadOnlyList<string?>? Regions, string? Rule, decimal? ReinvestmentRatio, bool? AcceptsRelocation);
