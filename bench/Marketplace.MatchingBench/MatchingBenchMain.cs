using System.Diagnostics;
using System.Globalization;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Matching.Synthetic;

namespace Marketplace.MatchingBench;

/// <summary>
/// Full in-memory recompute of both pairings on generated data, top k in each direction, in chunks as
/// the jobs will run it. Reports wall time per phase, pairs per second and memory. Usage:
///   dotnet run -c Release --project bench/Marketplace.MatchingBench -- [--projects 100000] [--funds 5000]
///     [--researchers 200000] [--positions 50000] [--k 20] [--chunk 1000] [--only funds|talent] [--seed 1]
/// </summary>
public static class MatchingBenchMain
{
    public static void Main(string[] args)
    {
        var projects = Option(args, "--projects", 100_000);
        var funds = Option(args, "--funds", 5_000);
        var researchers = Option(args, "--researchers", 200_000);
        var positions = Option(args, "--positions", 50_000);
        var k = Option(args, "--k", 20);
        var chunk = Option(args, "--chunk", 1_000);
        var seed = Option(args, "--seed", 1);
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();

        Console.WriteLine($"Matching benchmark: {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, "
            + $"Chinese segmentation: {TextAnalyzer.ChineseSegmentation}, load average before: {LoadAverage()}");
        if (only is null or "funds")
            FundsAndProjects(new SyntheticMarket(seed), projects, funds, k, chunk);
        if (only is null or "talent")
            ResearchersAndPositions(new SyntheticMarket(seed + 1), researchers, positions, k, chunk);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"Process peak working set: {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB; load average after: {LoadAverage()}");
    }

    private static void FundsAndProjects(SyntheticMarket data, int projectCount, int fundCount, int k, int chunk)
    {
        var clock = Stopwatch.StartNew();
        var projects = data.Projects(projectCount);
        var funds = data.Funds(fundCount);
        Console.WriteLine();
        Console.WriteLine($"== {projectCount:N0} projects × {fundCount:N0} funds, top {k} each way (data generated in {clock.Elapsed.TotalSeconds:0.0} s)");
        Live("candidates");
        var run = new Run();
        var market = run.Phase("index (tokenize, TF-IDF, buckets)", () => FundProjectMarket.Build(funds, projects, SyntheticMarket.Rates, SyntheticMarket.Now));
        Live("candidates and market");
        var fundItems = run.Phase("fund → projects", () => Chunks(market.Funds.Count, chunk, (s, n) => MatchingEngine.ScoreFunds(market.Funds, s, n, market.Projects, k)));
        Live("after fund → projects");
        var projectItems = run.Phase("project → funds", () => Chunks(market.Projects.Count, chunk, (s, n) => MatchingEngine.ScoreProjects(market.Projects, s, n, market.Funds, k)));
        run.Report((long)market.Projects.Count * market.Funds.Count, fundItems + projectItems);

        // A mandate change: one fund rescored against the prepared projects (what the incremental job does).
        var changed = funds[fundCount / 2] with { Mandate = funds[fundCount / 2].Mandate with { Stages = ["seed", "series-a"], TicketMin = 500_000, TicketMax = 20_000_000, TicketCurrency = "USD" } };
        clock.Restart();
        var list = MatchingEngine.ScoreFunds([changed], market.Projects, k).Single();
        Console.WriteLine($"   mandate change → new top {k} of that fund: {clock.Elapsed.TotalMilliseconds:0} ms ({list.Items.Count} items)");
    }

    private static void ResearchersAndPositions(SyntheticMarket data, int researcherCount, int positionCount, int k, int chunk)
    {
        var clock = Stopwatch.StartNew();
        var researchers = data.Researchers(researcherCount);
        var positions = data.Positions(positionCount);
        Console.WriteLine();
        Console.WriteLine($"== {researcherCount:N0} researchers × {positionCount:N0} positions, top {k} each way (data generated in {clock.Elapsed.TotalSeconds:0.0} s)");
        Live("candidates");
        var run = new Run();
        var market = run.Phase("index (tokenize, TF-IDF, buckets)", () => TalentMarket.Build(researchers, positions, SyntheticMarket.Now));
        Live("candidates and market");
        var researcherItems = run.Phase("researcher → positions", () => Chunks(market.Researchers.Count, chunk, (s, n) => MatchingEngine.ScoreResearchers(market.Researchers, s, n, market.Positions, k)));
        Live("after researcher → positions");
        var positionItems = run.Phase("position → researchers", () => Chunks(market.Positions.Count, chunk, (s, n) => MatchingEngine.ScorePositions(market.Positions, s, n, market.Researchers, k)));
        run.Report((long)market.Researchers.Count * market.Positions.Count, researcherItems + positionItems);
    }

    /// <summary>Scores chunk after chunk as the chunk jobs will, keeping only a count (a job writes each chunk and lets it go).</summary>
    private static long Chunks(int total, int chunk, Func<int, int, IReadOnlyList<MatchList>> score)
    {
        long items = 0;
        for (var start = 0; start < total; start += chunk)
            items += score(start, Math.Min(chunk, total - start)).Sum(l => (long)l.Items.Count);
        return items;
    }

    private sealed class Run
    {
        private readonly Stopwatch total = new();
        private TimeSpan cpu;
        private readonly long allocatedBefore;
        private readonly (long Admitted, long Scored) countersBefore;
        private readonly int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        private readonly TimeSpan pauseBefore = GC.GetTotalPauseDuration();

        public Run()
        {
            GC.Collect();
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            countersBefore = MatchingEngine.Counters;
        }

        public T Phase<T>(string name, Func<T> work)
        {
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            // The process's peak working set cannot be reset, so each phase samples its own.
            long peak = Environment.WorkingSet;
            using var sampler = new Timer(_ => InterlockedMax(ref peak, Environment.WorkingSet), null, 0, 20);
            var clock = Stopwatch.StartNew();
            total.Start();
            var result = work();
            total.Stop();
            sampler.Dispose();
            self.Refresh();
            var used = self.TotalProcessorTime - cpuBefore;
            cpu += used;
            Console.WriteLine($"   {name,-36} {clock.Elapsed.TotalSeconds,7:0.00} s wall {used.TotalSeconds,7:0.00} s cpu "
                + $"{Interlocked.Read(ref peak) / (1024 * 1024),6:N0} MiB peak; load average {LoadAverage()}");
            return result;
        }

        public void Report(long crossProduct, long items)
        {
            var seconds = total.Elapsed.TotalSeconds;
            var (admitted, scored) = MatchingEngine.Counters;
            admitted -= countersBefore.Admitted;
            scored -= countersBefore.Scored;
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"   {"total (full recompute)",-36} {seconds,7:0.00} s wall {cpu.TotalSeconds,7:0.00} s cpu "
                + $"(≈ {cpu.TotalSeconds / Environment.ProcessorCount:0.0} s wall on {Environment.ProcessorCount} idle cores)");
            Console.WriteLine($"   recommendations written: {items:N0}");
            Console.WriteLine($"   pairs: {crossProduct:N0} in the cross product, {admitted:N0} considered after the indexes and hard rules (both directions), "
                + $"{scored:N0} fully scored (the rest could not reach the top-k bound)");
            Console.WriteLine($"   throughput: {crossProduct / seconds / 1e6:N1} M cross-product pairs/s, {admitted / seconds / 1e6:N1} M considered pairs/s");
            Console.WriteLine($"   memory: {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024 * 1024):N0} MiB allocated, "
                + $"{GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024):N0} MiB heap now, {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB peak working set so far; "
                + $"load average {LoadAverage()}");
            Console.WriteLine($"   GC: {GC.CollectionCount(0) - collectionsBefore[0]:N0} gen0, {GC.CollectionCount(1) - collectionsBefore[1]:N0} gen1, "
                + $"{GC.CollectionCount(2) - collectionsBefore[2]:N0} gen2 collections, {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:0.00} s paused");
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
    }

    /// <summary>The live heap after a full collection: the candidates and the indexes, what a recompute must hold.</summary>
    private static void Live(string what) =>
        Console.WriteLine($"   live heap ({what}): {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024):N0} MiB");

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
