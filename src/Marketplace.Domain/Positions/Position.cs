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

public static class PositionClosedReasons
{
    public const string Deadline = "deadline";
    public const string Filled = "filled";
    public const string Withdrawn = "withdrawn";
    public static readonly IReadOnlyList<string> All = [Deadline, Filled, Withdrawn];
}

/// <summary>The steps of a researcher's application, in order; Rejected and Withdrawn end it early.</summary>
public enum ApplicationStage
{
    Applied,
    Reviewing,
    Interview,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}

public static class ApplicationStages
{
    /// <summary>Stages of a live application: at most one per researcher and position.</summary>
    public static readonly IReadOnlyList<ApplicationStage> Live =
        [ApplicationStage.Applied, ApplicationStage.Reviewing, ApplicationStage.Interview, ApplicationStage.Offer];

    public static bool IsLive(ApplicationStage stage) => Live.Contains(stage);

    /// <summary>
    /// The poster's moves: forward one or more steps along Applied → Reviewing → Interview → Offer →
    /// Hired, or Rejected from any live step. Withdrawal is the researcher's own move.
    /// </summary>
    public static bool PosterCanMove(ApplicationStage from, ApplicationStage to) =>
        IsLive(from) && (to == ApplicationStage.Rejected || (to is > ApplicationStage.Applied and <= ApplicationStage.Hired && to > from));
}

public static class RejectionReasons
{
    public static readonly IReadOnlyList<string> All =
        ["skills", "experience", "degree", "location", "compensation", "position-filled", "other-candidate", "other"];
}

/// <summary>A researcher's application to a position, with a note; the poster moves it along its stages.</summary>
public sealed class PositionApplication : AuditedEntity
{
    private PositionApplication() { }

    public PositionApplication(Guid positionId, Guid researcherId, string note)
    {
        PositionId = positionId;
        ResearcherId = researcherId;
        Note = note;
        Stage = ApplicationStage.Applied;
    }

    public Guid PositionId { get; private set; }
    /// <summary>The researcher's user id (and profile id).</summary>
    public Guid ResearcherId { get; private set; }
    public string Note { get; set; } = null!;
    public ApplicationStage Stage { get; set; }
    /// <summary>When rejected: one of <see cref="RejectionReasons"/>; the researcher sees it.</summary>
    public string? RejectionReason { get; set; }
    public string? RejectionNote { get; set; }
    /// <summary>The conversation opened when the application reached Interview.</summary>
    public Guid? ConversationId { get; set; }
}

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
