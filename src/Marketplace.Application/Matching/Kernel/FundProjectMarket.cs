using Marketplace.Application.Common;
using Marketplace.Domain.Moderation;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Funds and projects prepared for matching: shared code tables, one text model over both sides'
/// descriptions, and the indexes that let the engine skip pairs a hard rule refuses. Built once per
/// (re)computation from the loader's candidates at a fixed <c>now</c>; immutable afterwards, so any
/// number of threads and chunk jobs may score against it.
/// </summary>
public sealed class FundProjectMarket
{
    private FundProjectMarket(MatchingWeights weights, CurrencyTable rates, DateTime now, TextModel text)
    {
        Weights = weights;
        Rates = rates;
        Now = now;
        Text = text;
        WeightVector = FundProjectScoring.WeightsOf(weights);
    }

    public MatchingWeights Weights { get; }
    public CurrencyTable Rates { get; }
    public DateTime Now { get; }
    public ProjectIndex Projects { get; private set; } = null!;
    public FundIndex Funds { get; private set; } = null!;

    internal TextModel Text { get; }
    /// <summary>The weights in the kernel's slot order (<see cref="FundProjectScoring"/>).</summary>
    internal double[] WeightVector { get; }
    internal ExplanationCache Cache { get; } = new();
    internal CodeTable Stages { get; } = new();
    internal CodeTable Sectors { get; } = new();
    internal CodeTable Clusters { get; } = new();
    internal CodeTable Currencies { get; } = new();

    public static FundProjectMarket Build(
        IReadOnlyList<FundCandidate> funds, IReadOnlyList<ProjectCandidate> projects, CurrencyTable rates, DateTime now, MatchingWeights? weights = null)
    {
        weights ??= MatchingWeights.Default;
        if (weights.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join(" ", problems), nameof(weights));
        var listed = projects.Where(p => p.State == ModerationState.Published).OrderBy(p => p.Id).ToList();
        var sortedFunds = funds.OrderBy(f => f.Id).ToList();
        var words = new CodeTable();
        var projectTokens = TextModel.TokenizeAll(listed.Count, i => TextAnalyzer.Tokenize(listed[i].Title, listed[i].Summary), words);
        var fundTokens = TextModel.TokenizeAll(sortedFunds.Count, i => TextAnalyzer.Tokenize(sortedFunds[i].Description), words);
        var text = TextModel.Build(words, [projectTokens, fundTokens], weights.MaxTextTerms);
        var market = new FundProjectMarket(weights, rates, now, text);
        foreach (var code in Domain.Common.Codes.Stages)
            market.Stages.Id(code);
        foreach (var currency in rates.Currencies.Order(StringComparer.Ordinal))
            market.Currencies.Id(currency);
        market.Projects = new ProjectIndex(market, listed, projectTokens);
        market.Funds = new FundIndex(market, sortedFunds, fundTokens);
        return market;
    }

    /// <summary>Funds outside the market (a changed mandate) prepared for scoring against <see cref="Projects"/>.</summary>
    public FundIndex PrepareFunds(IReadOnlyList<FundCandidate> funds) =>
        new(this, funds, Text.TokenizeOutside(funds.Count, i => TextAnalyzer.Tokenize(funds[i].Description)));

    /// <summary>Projects outside the market (a new or changed listing) prepared for scoring against <see cref="Funds"/>.</summary>
    public ProjectIndex PrepareProjects(IReadOnlyList<ProjectCandidate> projects) =>
        new(this, projects, Text.TokenizeOutside(projects.Count, i => TextAnalyzer.Tokenize(projects[i].Title, projects[i].Summary)));

    internal double Freshness(DateTime at)
    {
        var days = Math.Max(0, (Now - at).TotalDays);
        return Math.Pow(0.5, days / Weights.FreshnessHalfLifeDays);
    }
}
