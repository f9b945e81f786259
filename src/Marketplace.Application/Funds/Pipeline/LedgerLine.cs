using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>One ledger entry; a negative amount is the reversal of an investment moved back out of Invested.</summary>
public sealed record LedgerLine(DateTime RecordedAt, Guid DealId, Guid ProjectId, LocalizedText Title, Money Amount, RegionStanding Standing)
{
    public bool IsReversal => Amount.Amount < 0;
}
