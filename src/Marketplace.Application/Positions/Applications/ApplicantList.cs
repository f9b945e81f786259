using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

/// <summary>A position's applicants as its poster sees them, with how many are at each stage.</summary>
public sealed record ApplicantList(
    Guid PositionId, LocalizedText Title, LocalizedText PosterName, ApplicationStage? Stage, IReadOnlyList<StageCount> Counts, PagedList<ApplicantItem> Applicants);
