namespace Marketplace.Domain.Matching;

/// <summary>A weekly digest sent to one user for one period (ISO week, e.g. "2026-W48"); unique, so it goes out once.</summary>
public sealed class DigestDelivery
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string Period { get; set; } = null!;
    public int Items { get; set; }
    public DateTime SentAt { get; set; }
}
