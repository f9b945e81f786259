using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Matching;

/// <summary>
/// A fundraising project as the matching engine reads it, built from the database by a loader.
/// Only published projects are ever recommended; others may be passed and are left out.
/// </summary>
public sealed record ProjectCandidate(
    Guid Id,
    Guid StartupId,
    string Stage,
    long Amount,
    string Currency,
    IReadOnlyList<string> Sectors,
    string ClusterKey,
    IReadOnlyList<string> RelocationClusterKeys,
    ModerationState State,
    LocalizedText Title,
    LocalizedText Summary,
    DateTime PublishedAt,
    DateTime UpdatedAt)
{
    /// <summary>The same project as <see cref="MandateFit"/> reads it.</summary>
    public DealSnapshot Deal => new(Stage, Amount, Currency, Sectors, ClusterKey, RelocationClusterKeys, State);
}

/// <summary>
/// A fund as the matching engine reads it. Whether it is open to new deals is the mandate's
/// <see cref="MandateSnapshot.OpenToNewDeals"/>. <paramref name="WeeklyCapacity"/> is how many
/// applications it answers a week (null: no limit), <paramref name="InboxThisWeek"/> how many it
/// received in the current week.
/// </summary>
public sealed record FundCandidate(
    Guid Id,
    MandateSnapshot Mandate,
    string? HomeClusterKey,
    LocalizedText Description,
    int? WeeklyCapacity,
    int InboxThisWeek);

/// <summary>A researcher profile as the matching engine reads it (visibility: one of ResearcherVisibility's codes).</summary>
public sealed record ResearcherCandidate(
    Guid Id,
    string Visibility,
    IReadOnlyList<string> ResearchAreas,
    IReadOnlyList<string> Skills,
    string? Degree,
    int? YearsExperience,
    IReadOnlyList<string> DesiredClusterKeys,
    bool OpenToRelocation,
    IReadOnlyList<string> PositionTypes,
    LocalizedText Headline,
    LocalizedText Summary);

public enum PosterKind
{
    Startup,
    Fund,
}

/// <summary>
/// A position as the matching engine reads it. <paramref name="Open"/> is the loader's answer to
/// <c>Position.IsOpen(today)</c> (published and not past its deadline); the engine checks the
/// deadline again against its own clock. <paramref name="ClusterKey"/> is null for a remote-only post.
/// </summary>
public sealed record PositionCandidate(
    Guid Id,
    PosterKind PosterKind,
    Guid PosterId,
    bool PosterVerified,
    string Type,
    IReadOnlyList<string> ResearchAreas,
    IReadOnlyList<string> Skills,
    string? MinDegree,
    int? MinYearsExperience,
    string? ClusterKey,
    bool Remote,
    bool Open,
    DateOnly? Deadline,
    LocalizedText Title,
    LocalizedText Description,
    DateTime PublishedAt);

/// <summary>The four kinds of list the engine computes; a list belongs to its viewer (the subject).</summary>
public enum MatchSide
{
    /// <summary>A fund looking at projects.</summary>
    Fund,
    /// <summary>A project (its founders) looking at funds.</summary>
    Project,
    /// <summary>A researcher looking at positions.</summary>
    Researcher,
    /// <summary>A position (its poster) looking at researchers.</summary>
    Position,
}

public enum FeedbackKind
{
    Saved,
    Dismissed,
}

/// <summary>
/// What a viewer did with a recommendation: <paramref name="ViewerId"/> is the subject of the list
/// on <paramref name="ViewerSide"/> (the fund, the project, the researcher, the position; the loader
/// maps a fund manager's or founder's action to it), <paramref name="ItemId"/> the recommended entity.
/// A dismissed item never comes back to that viewer; saved and dismissed items move similar ones.
/// </summary>
public sealed record Feedback(MatchSide ViewerSide, Guid ViewerId, Guid ItemId, FeedbackKind Kind, string? Reason = null);
