namespace Marketplace.Domain.Funds;

/// <summary>The pipeline's rules the pages and the move share, so a page offers only what the move accepts.</summary>
public static class DealRules
{
    /// <summary>The stages an investment may be recorded from: once the fund is in due diligence or has a term sheet, not before.</summary>
    public static readonly IReadOnlyList<DealStage> InvestFrom = [DealStage.DueDiligence, DealStage.TermSheet];

    public static bool CanRecordInvestment(DealStage from) => InvestFrom.Contains(from);
}
