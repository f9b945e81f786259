using Marketplace.Domain.Common;

namespace Marketplace.Domain.Funds;

/// <summary>A founder's application of a project to a fund, with a message; the fund accepts or declines.</summary>
public sealed class FundApplication : AuditedEntity
{
    public Guid FundId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid ApplicantId { get; set; }
    public string Message { get; set; } = null!;
    public ConsentStatus Status { get; set; } = ConsentStatus.Pending;
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DeclineNote { get; set; }
    public Guid? ConversationId { get; set; }
}
