using DomainCodes = Marketplace.Domain.Common.Codes;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Researchers and positions prepared for matching (see <see cref="FundProjectMarket"/> for the idea):
/// shared code tables, one text model over both sides, positions bucketed by (type, research area) and
/// researchers by (visibility, wanted type, research area), so candidates share a research area (or one
/// side names none) and the cross product is never walked.
/// </summary>
public sealed class TalentMarket
{
    private TalentMarket(MatchingWeights weights, DateTime now, TextModel text)
    {
        Weights = weights;
        Now = now;
        Today = DateOnly.FromDateTime(now);
        Text = text;
        WeightVector = TalentScoring.WeightsOf(weights);
    }

    public MatchingWeights Weights { get; }
    public DateTime Now { get; }
    public DateOnly Today { get; }
    public ResearcherIndex Researchers { get; private set; } = null!;
    public PositionIndex Positions { get; private set; } = null!;

    internal TextModel Text { get; }
    /// <summary>The weights in the kernel's slot order (<see cref="TalentScoring"/>).</summary>
    internal double[] WeightVector { get; }
    internal ExplanationCache Cache { get; } = new();
    internal CodeTable Types { get; } = new();
    internal CodeTable Areas { get; } = new();
    internal CodeTable Skills { get; } = new();
    internal CodeTable Clusters { get; } = new();

    public static TalentMarket Build(IReadOnlyList<ResearcherCandidate> researchers, IReadOnlyList<PositionCandidate> positions, DateTime now, MatchingWeights? weights = null)
    {
        weights ??= MatchingWeights.Default;
        if (weights.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(weights));
        var sortedResearchers = researchers.OrderBy(r => r.Id).ToList();
        var sortedPositions = positions.OrderBy(p => p.Id).ToList();
        var words = new CodeTable();
        var researcherTokens = TextModel.TokenizeAll(sortedResearchers.Count, i => TextAnalyzer.Tokenize(sortedResearchers[i].Headline, sortedResearchers[i].Summary), words);
        var positionTokens = TextModel.TokenizeAll(sortedPositions.Count, i => TextAnalyzer.Tokenize(sortedPositions[i].Title, sortedPositions[i].Description), words);
        var text = TextModel.Build(words, [researcherTokens, positionTokens], weights.MaxTextTerms);
        var market = new TalentMarket(weights, now, text);
        foreach (var type in DomainCodes.PositionTypes)
            market.Types.Id(type);
        market.Researchers = new ResearcherIndex(market, sortedResearchers, researcherTokens);
        market.Positions = new PositionIndex(market, sortedPositions, positionTokens);
        return market;
    }

    public ResearcherIndex PrepareResearchers(IReadOnlyList<ResearcherCandidate> researchers) =>
        new(this, researchers, Text.TokenizeOutside(researchers.Count, i => TextAnalyzer.Tokenize(researchers[i].Headline, researchers[i].Summary)));

    public PositionIndex PreparePositions(IReadOnlyList<PositionCandidate> positions) =>
        new(this, positions, Text.TokenizeOutside(positions.Count, i => TextAnalyzer.Tokenize(positions[i].Title, positions[i].Description)));

    /// <summary>A degree's rank (none &lt; bachelor &lt; master &lt; phd), or -1 when not given or unknown.</summary>
    internal static int DegreeRank(string? degree) => degree is null ? -1 : Degrees.IndexOf(degree);

    private static readonly List<string> Degrees = [.. DomainCodes.Degrees];
}
