using Marketplace.Domain.Common;

namespace Marketplace.Domain.Projects;

/// <summary>A fund's access to a project's confidential part: asked by any manager of the fund, decided by the founders.</summary>
public sealed class ConfidentialAccess : AuditedEntity
{
    public Guid ProjectId { get; set; }
    public Guid FundId { get; set; }
    public AccessStatus Status { get; set; }
    public string? Message { get; set; }
    public Guid RequestedById { get; set; }
    public DateTime RequestedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime? DecidedAt { get; set; }
}
