using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Positions;

/// <summary>A position on its posters' list, in any state.</summary>
/// <param name="Applicants">Applications the researchers have not withdrawn, whatever their stage.</param>
/// <param name="NewApplicants">Of those, the ones nobody has reviewed yet (still at Applied).</param>
public sealed record MyPositionItem(
    Guid Id, LocalizedText Title, PositionPoster Poster, string Type, ModerationState State, string? ClosedReason, DateOnly? Deadline,
    DateTime UpdatedAt, bool RevisionPending, int Applicants = 0, int NewApplicants = 0);
