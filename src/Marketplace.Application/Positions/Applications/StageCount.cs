using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

public sealed record StageCount(ApplicationStage Stage, int Count);
