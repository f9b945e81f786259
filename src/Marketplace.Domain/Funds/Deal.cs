using Marketplace.Domain.Common;

namespace Marketplace.Domain.Funds;

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
