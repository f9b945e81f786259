namespace Marketplace.Domain.Matching;

/// <summary>The generation readers see, per pairing.</summary>
public sealed class CurrentGeneration
{
    public string Pairing { get; set; } = null!;
    public long GenerationId { get; set; }
    public DateTime SwitchedAt { get; set; }
}
