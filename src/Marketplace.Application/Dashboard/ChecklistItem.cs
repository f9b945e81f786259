namespace Marketplace.Application.Dashboard;

/// <summary>
/// One step of a role's first-run checklist: <see cref="Code"/> names it (the page's "Checklist.*" text and
/// where it links), <see cref="Done"/> is read from what the user has really done, and <see cref="TargetId"/>
/// is what the step acts on when there is one (the startup to list a project for, the fund whose mandate to define).
/// </summary>
public sealed record ChecklistItem(string Code, bool Done, Guid? TargetId = null);
