using Marketplace.Application.Moderation;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;

namespace Marketplace.Application.Projects;

/// <param name="ViewCount">How many views the listing had: for its owners and administrators only, null for everyone else.</param>
public sealed record ProjectDetails(
    Guid Id, Guid StartupId, LocalizedText StartupName, NamedCode Cluster, IReadOnlyList<NamedCode> Sectors, LocalizedText Title, LocalizedText Summary,
    long SeekingAmount, string SeekingCurrency, string Instrument, string Stage, LocalizedText UseOfFunds,
    IReadOnlyList<TractionMetric> Traction, ModerationState State, string? ClosedReason, DateTime? PublishedAt, DateTime? ClosedAt,
    int? ViewCount, int Version, ProjectViewer Viewer, ConfidentialDetails? Confidential,
    ProjectRevision? PendingRevision, string? RefusalReason, IReadOnlyList<TimelineEvent> Timeline, IReadOnlyList<FundAccessChoice> MyFunds)
{
    public bool IsPublic => ProjectReader.IsPublic(State);
}
