using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

public sealed record ApplicantItem(Guid Id, Guid ResearcherId, string Name, LocalizedText Headline, ApplicationStage Stage, DateTime CreatedAt, DateTime UpdatedAt);
