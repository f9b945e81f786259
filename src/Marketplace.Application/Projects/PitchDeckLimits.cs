namespace Marketplace.Application.Projects;

/// <summary>How big a pitch deck may be (configuration "Uploads:PitchDeckMaxBytes"; 20 MB by default).</summary>
public sealed class PitchDeckLimits
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
