namespace Marketplace.Domain.Funds;

/// <summary>A note on a deal, visible to the fund's team only.</summary>
public sealed class DealNote
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DealId { get; set; }
    public Guid AuthorId { get; set; }
    public string Text { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
}
