using Marketplace.Domain.Common;

namespace Marketplace.Application.Positions;

/// <summary>The new-position form: for whom (the poster) and the choices.</summary>
public sealed record NewPositionForm(Guid? StartupId, Guid? FundId, LocalizedText PosterName, PositionChoices Choices);
