using Marketplace.Domain.Common;

namespace Marketplace.Domain.Startups;

/// <summary>An AI startup's profile, owned by one or more founders (docs/import-format.md `startups`).</summary>
public sealed class Startup : AuditedEntity
{
    public const int MaxSectors = 5;

    private Startup() { }

    public Startup(LocalizedText name, Guid clusterId, string stage)
    {
        Name = name;
        ClusterId = clusterId;
        Stage = stage;
    }

    public LocalizedText Name { get; set; } = LocalizedText.Empty;
    public LocalizedText Description { get; set; } = LocalizedText.Empty;
    public Guid ClusterId { get; set; }
    /// <summary>1–5 sector codes (taxonomy terms of kind Sector).</summary>
    public List<string> Sectors { get; set; } = [];
    public string Stage { get; set; } = null!;
    public int? FoundedYear { get; set; }
    public int? TeamSize { get; set; }
    public string? Website { get; set; }
    public Guid? LogoFileId { get; set; }
    /// <summary>Cluster keys the company would relocate to (guidance-fund rules count a committed relocation).</summary>
    public List<string> RelocationClusterKeys { get; set; } = [];
    /// <summary>Set by administrators after checking the company (a badge); its founders then count as a verified organisation.</summary>
    public bool IsVerified { get; set; }
    public string? ImportKey { get; set; }
}
