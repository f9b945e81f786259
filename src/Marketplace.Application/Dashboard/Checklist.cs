namespace Marketplace.Application.Dashboard;

/// <summary>
/// One step of a role's first-run checklist: <see cref="Code"/> names it (the page's "Checklist.*" text and
/// where it links), <see cref="Done"/> is read from what the user has really done, and <see cref="TargetId"/>
/// is what the step acts on when there is one (the startup to list a project for, the fund whose mandate to define).
/// </summary>
public sealed record ChecklistItem(string Code, bool Done, Guid? TargetId = null);

/// <summary>A role's first steps, in order; the home collapses it once every step is done.</summary>
public sealed record Checklist(IReadOnlyList<ChecklistItem> Items)
{
    public bool Complete => Items.All(i => i.Done);

    public int DoneCount => Items.Count(i => i.Done);
}

public static class ChecklistSteps
{
    public const string CreateStartup = "create-startup";
    public const string ListProject = "list-project";
    public const string SubmitProject = "submit-project";

    public const string CreateFund = "create-fund";
    public const string DefineMandate = "define-mandate";
    public const string ReviewRecommendations = "review-recommendations";

    public const string CompleteProfile = "complete-profile";
    public const string MakeVisible = "make-visible";
    public const string LookAtPositions = "look-at-positions";
}
