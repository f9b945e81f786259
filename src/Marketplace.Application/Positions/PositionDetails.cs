using Marketplace.Application.Common;
using Marketplace.Application.Moderation;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Positions;

public sealed record PositionDetails(
    Guid Id, PositionPoster Poster, LocalizedText Title, LocalizedText Description, string Type, IReadOnlyList<NamedCode> ResearchAreas,
    IReadOnlyList<string> Skills, string? MinDegree, int? MinYearsExperience, NamedCode? Cluster, bool Remote,
    long? CompensationMin, long? CompensationMax, string? CompensationCurrency, bool VisaSupport, bool RelocationSupport, DateOnly? Deadline,
    ModerationState State, string? ClosedReason, DateTime? PublishedAt, DateTime? ClosedAt, int Version,
    bool IsPoster, bool IsAdmin, PositionRevision? PendingRevision, string? RefusalReason, IReadOnlyList<TimelineEvent> Timeline)
{
    public bool IsPublic => PositionReader.IsPublic(State);
}
