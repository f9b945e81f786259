namespace Marketplace.Application.Dashboard;

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
