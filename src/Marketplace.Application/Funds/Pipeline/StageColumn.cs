using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>One column of the board: how many deals are at the stage, and the most recently changed of them.</summary>
public sealed record StageColumn(DealStage Stage, int Count, IReadOnlyList<DealCard> Cards)
{
    public bool HasMore => Count > Cards.Count;
}
