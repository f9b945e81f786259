namespace Marketplace.Domain.Researchers;

/// <summary>A skill tag used by a profile or a position; kept so forms can suggest existing tags.</summary>
public sealed class SkillTag
{
    public const int MaxLength = 40;

    private SkillTag() { }

    public SkillTag(string name, DateTime now)
    {
        Name = name;
        CreatedAt = now;
    }

    /// <summary>The normalised tag (the key).</summary>
    public string Name { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
}
