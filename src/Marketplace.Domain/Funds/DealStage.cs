namespace Marketplace.Domain.Funds;

public enum DealStage
{
    Sourced,
    Screening,
    Meeting,
    DueDiligence,
    TermSheet,
    Invested,
    Passed,
}
