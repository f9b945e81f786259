namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Weights of the soft factors (configuration section <see cref="Section"/>). Each side of a pair
/// has its own factors; a side's fit is its weighted mean (values in [0, 1]), and the two sides are
/// combined by the harmonic mean (see <see cref="MatchingEngine"/>). A side whose weights are all
/// zero is left out, which makes the score one-sided. Feedback weights add to the combined score.
/// </summary>
public sealed record MatchingWeights
{
    public const string Section = "Matching:Weights";

    // What a fund wants of a project.
    public double FundSector { get; init; } = 3;
    public double FundStage { get; init; } = 1;
    public double FundTicketSize { get; init; } = 2;
    public double FundCluster { get; init; } = 1.5;
    public double FundText { get; init; } = 2;
    public double FundFreshness { get; init; } = 1;

    // What a founder wants of a fund for a project.
    public double ProjectSectorFocus { get; init; } = 2;
    public double ProjectCluster { get; init; } = 1.5;
    public double ProjectCapacity { get; init; } = 1.5;
    public double ProjectText { get; init; } = 2;

    // What a researcher wants of a position.
    public double ResearcherArea { get; init; } = 3;
    public double ResearcherCluster { get; init; } = 2;
    public double ResearcherType { get; init; } = 1;
    public double ResearcherText { get; init; } = 2;
    public double ResearcherFreshness { get; init; } = 1;

    // What a poster wants of a researcher.
    public double PositionArea { get; init; } = 2;
    public double PositionSkills { get; init; } = 3;
    public double PositionRequirements { get; init; } = 2;
    public double PositionText { get; init; } = 2;

    /// <summary>Added times the similarity to the most similar item the viewer saved.</summary>
    public double FeedbackSaved { get; init; } = 0.1;
    /// <summary>Subtracted times the similarity to the most similar item the viewer dismissed.</summary>
    public double FeedbackDismissed { get; init; } = 0.15;

    /// <summary>A listing's freshness halves every this many days since it was published or last updated.</summary>
    public double FreshnessHalfLifeDays { get; init; } = 45;

    /// <summary>Terms kept per description (the highest TF-IDF weights), which bounds the text kernel's cost.</summary>
    public int MaxTextTerms { get; init; } = 24;

    public static readonly MatchingWeights Default = new();

    /// <summary>The problems with these weights, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, value) in All())
            if (!(value >= 0) || double.IsInfinity(value))
                problems.Add($"{name} must be a finite number ≥ 0.");
        if (!(FreshnessHalfLifeDays > 0))
            problems.Add($"{nameof(FreshnessHalfLifeDays)} must be > 0.");
        if (MaxTextTerms is < 1 or > 1000)
            problems.Add($"{nameof(MaxTextTerms)} must be between 1 and 1000.");
        if (FundSide + ProjectSide == 0)
            problems.Add("At least one fund or project weight must be > 0.");
        if (ResearcherSide + PositionSide == 0)
            problems.Add("At least one researcher or position weight must be > 0.");
        return problems;
    }

    internal double FundSide => FundSector + FundStage + FundTicketSize + FundCluster + FundText + FundFreshness;
    internal double ProjectSide => ProjectSectorFocus + ProjectCluster + ProjectCapacity + ProjectText;
    internal double ResearcherSide => ResearcherArea + ResearcherCluster + ResearcherType + ResearcherText + ResearcherFreshness;
    internal double PositionSide => PositionArea + PositionSkills + PositionRequirements + PositionText;

    private IEnumerable<(string, double)> All() =>
    [
        (nameof(FundSector), FundSector), (nameof(FundStage), FundStage), (nameof(FundTicketSize), FundTicketSize),
        (nameof(FundCluster), FundCluster), (nameof(FundText), FundText), (nameof(FundFreshness), FundFreshness),
        (nameof(ProjectSectorFocus), ProjectSectorFocus), (nameof(ProjectCluster), ProjectCluster),
        (nameof(ProjectCapacity), ProjectCapacity), (nameof(ProjectText), ProjectText),
        (nameof(ResearcherArea), ResearcherArea), (nameof(ResearcherCluster), ResearcherCluster),
        (nameof(ResearcherType), ResearcherType), (nameof(ResearcherText), ResearcherText), (nameof(ResearcherFreshness), ResearcherFreshness),
        (nameof(PositionArea), PositionArea), (nameof(PositionSkills), PositionSkills),
        (nameof(PositionRequirements), PositionRequirements), (nameof(PositionText), PositionText),
        (nameof(FeedbackSaved), FeedbackSaved), (nameof(FeedbackDismissed), FeedbackDismissed),
    ];
}
