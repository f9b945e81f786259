using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A deal as the board and the list show it.</summary>
public sealed record DealCard(
    Guid Id, Guid ProjectId, LocalizedText Title, LocalizedText StartupName, long SeekingAmount, string SeekingCurrency,
    DealStage Stage, string? AssigneeName, int Version, DateTime UpdatedAt);
