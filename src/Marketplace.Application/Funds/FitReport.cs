using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

/// <summary>
/// The founder's "does my project fit?" answer for one fund: the mandate, the founder's projects to
/// choose from and, once one is chosen, every rule's outcome.
/// </summary>
public sealed record FitReport(
    MandateView Mandate, IReadOnlyList<MyProjectChoice> MyProjects, Guid? ProjectId, LocalizedText? ProjectTitle, bool? Fits, IReadOnlyList<FitLine> Lines);
