namespace Marketplace.Domain.Funds;

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
