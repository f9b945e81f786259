using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

/// <summary>One line of an application's history as both sides see it.</summary>
public sealed record ApplicationHistoryItem(DateTime At, ApplicationStage? From, ApplicationStage To, string ByName, string? Reason, string? Note);
