namespace Marketplace.Application.Matching;

/// <summary>
/// What a recommended item is, as a list shows it: its name in the reader's language, cluster, and for a
/// project its stage and amount, for a fund its type and ticket, for a position its type, for a
/// researcher their headline; research areas or sectors by name; the page it links to.
/// <see cref="StageKey"/> and <see cref="TypeKey"/> are resource keys ("Stage.series-a", "FundType.angel").
/// </summary>
public sealed record RecommendedTarget(
    string Kind, Guid Id, string Name, string? Subtitle, string? Cluster, string? StageKey, string? TypeKey, string? Amount,
    IReadOnlyList<string> Areas, string Link);
