using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Researchers;

/// <summary>One of the researcher's applications as the dashboard lists it: the position, who posted it, the stage.</summary>
public sealed record DashboardApplication(Guid Id, Guid PositionId, LocalizedText PositionTitle, LocalizedText PosterName, ApplicationStage Stage, DateTime UpdatedAt);
