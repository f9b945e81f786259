namespace Marketplace.Domain.Funds;

/// <summary>
/// A guidance fund's reinvestment ledger: each investment, and whether it counts toward the region
/// (company in the region, or committed to relocate there when the fund accepts that).
/// Append-only: a deal moved out of Invested gets a reversal entry (the same amount, negated), so the
/// totals are plain sums and the ledger still shows what was once booked. A deal may therefore have
/// several entries; its net is zero unless it is invested now.
/// </summary>
public sealed class LedgerEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FundId { get; set; }
    public Guid DealId { get; set; }
    public Guid ProjectId { get; set; }
    public long Amount { get; set; }
    public string Currency { get; set; } = null!;
    public bool InRegion { get; set; }
    public bool ByRelocation { get; set; }
    public DateTime RecordedAt { get; set; }
}
