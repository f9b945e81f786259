using Marketplace.Domain.Common;

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

public static class PassReasons
{
    public static readonly IReadOnlyList<string> All = ["not-in-mandate", "team", "market", "traction", "valuation", "timing", "other"];
}

/// <summary>The pipeline's rules the pages and the move share, so a page offers only what the move accepts.</summary>
public static class DealRules
{
    /// <summary>The stages an investment may be recorded from: once the fund is in due diligence or has a term sheet, not before.</summary>
    public static readonly IReadOnlyList<DealStage> InvestFrom = [DealStage.DueDiligence, DealStage.TermSheet];

    public static bool CanRecordInvestment(DealStage from) => InvestFrom.Contains(from);
}

/// <summary>How a project entered a fund's pipeline.</summary>
public static class DealSources
{
    public const string Browse = "browse";
    public const string Application = "application";
    public const string Intro = "intro";
    public const string Recommendation = "recommendation";
}

/// <summary>A project in a fund's deal-flow pipeline; one per fund and project.</summary>
public sealed class Deal : AuditedEntity
{
    public Guid FundId { get; set; }
    public Guid ProjectId { get; set; }
    public DealStage Stage { get; set; } = DealStage.Sourced;
    public string Source { get; set; } = DealSources.Browse;
    public Guid? AssigneeId { get; set; }
    /// <summary>When passed: one of <see cref="PassReasons"/>; the founder sees it.</summary>
    public string? PassReason { get; set; }
    public string? PassNote { get; set; }
    /// <summary>When invested: the amount, in whole units of <see cref="InvestedCurrency"/>.</summary>
    public long? InvestedAmount { get; set; }
    public string? InvestedCurrency { get; set; }
}

/// <summary>One move of a deal (stage change, assignment), kept as its visible history.</summary>
public sealed class DealEvent
{
    public long Id { get; set; }
    public Guid DealId { get; set; }
    /// <summary>"created", "stage", "assigned".</summary>
    public string Kind { get; set; } = null!;
    public DealStage? FromStage { get; set; }
    public DealStage? ToStage { get; set; }
    public Guid? AssigneeId { get; set; }
    /// <summary>A move to Passed: the pass reason code (the note goes in <see cref="Note"/>).</summary>
    public string? Reason { get; set; }
    /// <summary>A move to Invested: the amount and its currency.</summary>
    public long? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Note { get; set; }
    public Guid ById { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A note on a deal, visible to the fund's team only.</summary>
public sealed class DealNote
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DealId { get; set; }
    public Guid AuthorId { get; set; }
    public string Text { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
}

/// <summary>One team member's 1–5 ratings of a deal; the deal shows each member's and the average.</summary>
public sealed class DealRating
{
    public Guid DealId { get; set; }
    public Guid UserId { get; set; }
    public int Team { get; set; }
    public int Market { get; set; }
    public int Technology { get; set; }
    public int Traction { get; set; }
    public int Fit { get; set; }
    public DateTime RatedAt { get; set; }
}

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
