namespace Marketplace.Domain.Projects;

/// <summary>One look at a confidential part (page or deck), kept so the founder sees who looked when.</summary>
public sealed class ConfidentialView
{
    public long Id { get; set; }
    public Guid ProjectId { get; set; }
    public Guid UserId { get; set; }
    /// <summary>The fund through which the viewer had access; null for owners and administrators.</summary>
    public Guid? FundId { get; set; }
    /// <summary>"details" or "deck".</summary>
    public string What { get; set; } = null!;
    public DateTime At { get; set; }
}
