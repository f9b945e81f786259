using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>A deal as its fund's team sees it: the project's public part, where the deal stands, and the team's work on it.</summary>
public sealed record DealDetails(
    Guid Id, Guid FundId, LocalizedText FundName, Guid ProjectId, LocalizedText Title, LocalizedText Summary,
    Guid StartupId, LocalizedText StartupName, string ClusterKey, LocalizedText ClusterName, IReadOnlyList<LocalizedText> Sectors,
    string ProjectStage, long SeekingAmount, string SeekingCurrency, ModerationState ProjectState,
    DealStage Stage, string Source, TeamMemberName? Assignee, string? PassReason, string? PassNote, Money? Invested, int Version,
    IReadOnlyList<DealHistoryItem> History, IReadOnlyList<DealNoteItem> Notes, IReadOnlyList<DealRatingItem> Ratings,
    RatingAverages? Averages, DealRatingItem? MyRating, IReadOnlyList<TeamMemberName> Team, IReadOnlyList<string> Currencies)
{
    /// <summary>Whether the move to Invested would be accepted from where the deal is (<see cref="DealRules"/>).</summary>
    public bool CanRecordInvestment => DealRules.CanRecordInvestment(Stage);
}
