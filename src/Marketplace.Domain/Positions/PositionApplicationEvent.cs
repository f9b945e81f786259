namespace Marketplace.Domain.Positions;

/// <summary>One move of an application, kept as the history both sides see.</summary>
public sealed class PositionApplicationEvent
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public ApplicationStage? FromStage { get; set; }
    public ApplicationStage ToStage { get; set; }
    public string? Reason { get; set; }
    public string? Note { get; set; }
    public Guid ById { get; set; }
    public DateTime At { get; set; }
}
