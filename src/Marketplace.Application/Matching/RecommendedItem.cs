namespace Marketplace.Application.Matching;

/// <param name="Points">The score in points (hundredths of the engine's score, one decimal); the factors' points add up to it exactly.</param>
/// <param name="InPipeline">Fund lists only: the project is in the fund's pipeline already.</param>
public sealed record RecommendedItem(
    Guid TargetId, int Rank, decimal Points, bool Saved, bool InPipeline, RecommendedTarget Target,
    IReadOnlyList<ExplainedFactor> Factors, IReadOnlyList<string> Rules);
