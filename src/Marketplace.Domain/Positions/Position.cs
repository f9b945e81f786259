using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Domain.Positions;

/// <summary>
/// A job, postdoc or visiting post offered by a startup (its founders post it) or a fund (its
/// managers). Exactly one of <see cref="StartupId"/> and <see cref="FundId"/> is set. Goes through
/// the moderation workflow like a project and is closed automatically at its deadline.
/// </summary>
public sealed class Position : Listing
{
    public const string ContentType = "position";
    public const int MaxResearchAreas = 6;
    public const int MaxSkills = 15;

    private Position() { }

    public Position(Guid? startupId, Guid? fundId, LocalizedText title, string type)
    {
        if ((startupId is null) == (fundId is null))
            throw new DomainException("Position.OnePoster");
        StartupId = startupId;
        FundId = fundId;
        Title = title;
        Type = type;
        State = ModerationState.Draft;
    }

    public Guid? StartupId { get; private set; }
    public Guid? FundId { get; private set; }
    public LocalizedText Description { get; set; } = LocalizedText.Empty;
    /// <summary>One of <see cref="Codes.PositionTypes"/>.</summary>
    public string Type { get; set; } = null!;
    public List<string> ResearchAreas { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    /// <summary>One of <see cref="Codes.Degrees"/>; null means no requirement.</summary>
    public string? MinDegree { get; set; }
    public int? MinYearsExperience { get; set; }
    /// <summary>Where the post is; null only for a remote position.</summary>
    public Guid? ClusterId { get; set; }
    public bool Remote { get; set; }
    /// <summary>Optional yearly compensation range, whole units of <see cref="CompensationCurrency"/>.</summary>
    public long? CompensationMin { get; set; }
    public long? CompensationMax { get; set; }
    public string? CompensationCurrency { get; set; }
    public bool VisaSupport { get; set; }
    public bool RelocationSupport { get; set; }
    /// <summary>Last day to apply (inclusive, UTC); the closing job closes the position the day after.</summary>
    public DateOnly? Deadline { get; set; }
    public Guid CreatedById { get; set; }
    public string? ImportKey { get; set; }

    protected override string ListingType => ContentType;

    public bool IsOpen(DateOnly today) => State == ModerationState.Published && (Deadline is null || Deadline.Value >= today);
}
