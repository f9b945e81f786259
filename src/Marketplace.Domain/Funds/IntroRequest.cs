using Marketplace.Domain.Common;

namespace Marketplace.Domain.Funds;

/// <summary>A fund manager's request to be introduced to a project's founders; the founders accept or decline.</summary>
public sealed class IntroRequest : AuditedEntity
{
    public Guid FundId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid RequestedById { get; set; }
    public string Message { get; set; } = null!;
    public ConsentStatus Status { get; set; } = ConsentStatus.Pending;
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
    public Guid? ConversationId { get; set; }
}
