using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Application.Matching.Store;
using Marketplace.Matching.Synthetic;

namespace Marketplace.Bench.Kernel;

public static class KernelBenchMain
{
    /// <summary>
    /// dotnet run -c Release --project bench/Marketplace.Bench.Kernel -- [BenchmarkDotNet arguments, e.g. --filter *Pair*].
    /// In-process: no generated project to build, so the repository's build settings cannot get in its way.
    /// </summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(KernelBenchMain).Assembly).Run(args,
            DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.DisableOptimizationsValidator));
}

/// <summary>The scoring kernel: one pair, and one chunk of subjects against a prepared index (top 20 with explanations).</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private FundProjectMarket funds = null!;
    private TalentMarket talent = null!;
    private (int Fund, int Project)[] fundPairs = null!;
    private (int Researcher, int Position)[] talentPairs = null!;
    private Recommendation[] explained = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var data = new SyntheticMarket(7);
        funds = FundProjectMarket.Build(data.Funds(1_000), data.Projects(20_000), SyntheticMarket.Rates, SyntheticMarket.Now);
        talent = TalentMarket.Build(data.Researchers(20_000), data.Positions(5_000), SyntheticMarket.Now);
        // Admissible pairs only: the kernel's work, not the rejection of a pair the indexes never show it.
        fundPairs = [.. Enumerable.Range(0, 200).SelectMany(f => Enumerable.Range(0, funds.Projects.Count).Select(p => (f, p)))
            .Where(x => !double.IsNaN(MatchingEngine.ScorePair(funds.Funds, x.f, funds.Projects, x.p))).Take(4096)];
        explained = [.. fundPairs.Take(256).Select(x => MatchingEngine.Explain(funds, funds.Funds.Candidates[x.Fund], funds.Projects.Candidates[x.Project], MatchSide.Project)!)];
        talentPairs = [.. Enumerable.Range(0, 200).SelectMany(q => Enumerable.Range(0, talent.Researchers.Count).Select(r => (r, q)))
            .Where(x => !double.IsNaN(MatchingEngine.ScorePair(talent.Researchers, x.r, talent.Positions, x.q))).Take(4096)];
    }

    [Benchmark]
    public double Fund_project_pair()
    {
        var (f, p) = fundPairs[next++ & 4095];
        return MatchingEngine.ScorePair(funds.Funds, f, funds.Projects, p);
    }

    [Benchmark]
    public double Researcher_position_pair()
    {
        var (r, q) = talentPairs[next++ & 4095];
        return MatchingEngine.ScorePair(talent.Researchers, r, talent.Positions, q);
    }

    /// <summary>One recommendation's explanation (factors with arguments, rules from MandateFit), as every top-k item needs.</summary>
    [Benchmark]
    public Recommendation? Explain_fund_project_pair()
    {
        var (f, p) = fundPairs[next++ & 4095];
        return MatchingEngine.Explain(funds, funds.Funds.Candidates[f], funds.Projects.Candidates[p], MatchSide.Project);
    }

    [Benchmark]
    public Recommendation? Explain_researcher_position_pair()
    {
        var (r, q) = talentPairs[next++ & 4095];
        return MatchingEngine.Explain(talent, talent.Researchers.Candidates[r], talent.Positions.Candidates[q], MatchSide.Position);
    }

    /// <summary>The hard rules' own verdict with reasons for one pair, as each explanation asks for it.</summary>
    [Benchmark]
    public object Mandate_fit_of_pair()
    {
        var (f, p) = fundPairs[next++ & 4095];
        return Marketplace.Application.Funds.MandateFit.Evaluate(funds.Funds.Candidates[f].Mandate, funds.Projects.Candidates[p].Deal, SyntheticMarket.Rates);
    }

    /// <summary>One explanation as the jobs store it: its factors and rules as JSON (the bulk of writing a recompute).</summary>
    [Benchmark]
    public int Stored_json_of_explanation()
    {
        var item = explained[next++ & 255];
        return RecommendationJson.Factors(item.Factors).Length + RecommendationJson.Rules(item.Rules).Length;
    }

    [Benchmark]
    public int Chunk_of_100_funds_against_20000_projects() =>
        MatchingEngine.ScoreFunds(funds.Funds, 0, 100, funds.Projects, 20).Sum(l => l.Items.Count);

    [Benchmark]
    public int Chunk_of_100_positions_against_20000_researchers() =>
        MatchingEngine.ScorePositions(talent.Positions, 0, 100, talent.Researchers, 20).Sum(l => l.Items.Count);
}
