namespace Marketplace.Domain.Funds;

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
