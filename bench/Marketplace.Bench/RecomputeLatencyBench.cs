using System.Diagnostics;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Recompute;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Matching;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Identity;
using Marketplace.Infrastructure.Jobs;
using Marketplace.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Bench;

/// <summary>
/// Issue 6's "time from a mandate change to its new recommendations": the real app on SQLite with N
/// published projects and M funds, one full recompute as the nightly job runs it, then a partner
/// edits one fund's mandate (DefineMandate) and ProcessRecomputeRequests is timed until that fund's
/// list in the current generation reflects the new mandate, through the job the change's poke queues
/// (its debounce included). Repeated for a few edits: the first follows the full run, the next ones
/// follow an incremental run. Usage:
///   dotnet run -c Release --project bench/Marketplace.Bench -- --recompute-latency [--projects 100000] [--funds 5000] [--edits 3] [--postgres]
/// --postgres runs it on a new PostgreSQL database (dropped at the end) on the server of MARKETPLACE_BENCH_POSTGRES,
/// by default the local one scripts/test-deps.sh starts.
/// Hangfire's pickup (at most its queue poll interval) comes on top of the job time measured here.
/// </summary>
public static class RecomputeLatencyBench
{
    public static async Task RunAsync(string directory, int projectCount, int fundCount, int edits, string? postgres = null)
    {
        var clock = Stopwatch.StartNew();
        var data = MarketDataGenerator.Generate(projectCount);
        // Every project published: N is the size of the market the engine indexes.
        data = data with { Projects = [.. data.Projects.Select(p => p with { Status = "published" })] };
        Console.WriteLine($"Recompute latency: {projectCount:N0} projects × {fundCount:N0} funds, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        await using var app = new BenchApp(directory, postgres: postgres);
        app.Start();
        Guid partnerId;
        List<Guid> editable;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await BenchApp.BulkInsertAsync(db, data);
            partnerId = await PartnerAsync(scope.ServiceProvider);
            editable = await InsertFundsAsync(db, fundCount, partnerId);
            // The full recompute below covers everything loaded: the load's own change requests are answered by it.
            await db.RecomputeRequests.Where(r => r.DoneAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.DoneAt, DateTime.UtcNow));
        }
        Console.WriteLine($"Loaded in {clock.Elapsed.TotalSeconds:0.0} s (EF Core batches)");

        var full = await MeasureAsync(async () =>
        {
            var plan = await SystemAsync(app, new StartFullRecompute.Command(Pairings.FundProject));
            foreach (var index in plan.PendingChunks)
                await SystemAsync(app, new RunRecomputeChunk.Command(plan.GenerationId, index));
            if (!await SystemAsync(app, new CompleteRecompute.Command(plan.GenerationId)))
                throw new InvalidOperationException("The full recompute did not complete.");
            return plan.ChunkCount;
        });
        Console.WriteLine($"Full recompute ({full.Result} chunks, written to {app.DatabaseName}): {full.Wall.TotalSeconds:0.00} s wall, {full.Cpu.TotalSeconds:0.00} s cpu, "
            + $"peak working set {full.PeakMiB:N0} MiB");
        Console.WriteLine();
        Console.WriteLine($"Job: debounce {ProcessRecomputeRequestsJob.Debounce.TotalSeconds:0.0} s; a Hangfire worker picks it up within the queue poll interval ({BackgroundJobsDefaults.QueuePollInterval.TotalSeconds:0.0} s) on top");
        Console.WriteLine($"{"edit",-5} {"job (s)",9} {"process (s)",11} {"cpu (s)",8} {"peak WS (MiB)",14} {"path",-10} {"list",5}  load average");

        var random = new Random(7);
        for (var edit = 1; edit <= edits; edit++)
        {
            var fundId = editable[random.Next(editable.Count)];
            // A new mandate: seed and Series A only, USD 0.5–20 million, any sector, any cluster.
            string[] stages = edit % 2 == 1 ? ["seed", "series-a"] : ["series-b", "series-c-plus"];
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var version = await db.Funds.Where(f => f.Id == fundId).Select(f => f.Version).SingleAsync();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAs(Principal(partnerId));
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DefineMandate.Command(
                    fundId, [], stages, 500_000, 20_000_000, "USD", [], true, true, null, null, [], null, false, version));
            }
            var markets = app.Services.GetRequiredService<MatchingMarkets>();
            var pathsBefore = markets.IncrementalRuns;
            // The job the scheduler's poke queues, as a Hangfire worker runs it: its debounce, then the processing.
            var run = await MeasureAsync(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ProcessRecomputeRequestsJob>().RunAsync(CancellationToken.None);
                return 0;
            });
            var pathsAfter = markets.IncrementalRuns;
            var path = pathsAfter.Reused > pathsBefore.Reused ? "cached" : pathsAfter.Rebuilt > pathsBefore.Rebuilt ? "rebuilt" : "-";
            var items = await CheckListAsync(app, fundId, stages);
            var processing = run.Wall - ProcessRecomputeRequestsJob.Debounce;
            Console.WriteLine($"{edit,-5} {run.Wall.TotalSeconds,9:0.000} {processing.TotalSeconds,11:0.000} {run.Cpu.TotalSeconds,8:0.000} {run.PeakMiB,14:N0} {path,-10} {items,5}  {LoadAverage()}");
        }
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"Process peak working set over the whole run: {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB");
    }

    /// <summary>The fund's list in the current generation, checked against the new mandate's stages; its length.</summary>
    private static async Task<int> CheckListAsync(BenchApp app, Guid fundId, string[] stages)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var generation = await db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None);
        var targets = await db.Recommendations.Where(r => r.GenerationId == generation && r.SubjectKind == MatchKinds.Fund && r.SubjectId == fundId)
            .Select(r => r.TargetId).ToListAsync();
        var wrong = await db.Projects.CountAsync(p => targets.Contains(p.Id) && !stages.Contains(p.Stage));
        if (targets.Count == 0 || wrong > 0)
            throw new InvalidOperationException($"The fund's list does not reflect its new mandate ({targets.Count} items, {wrong} outside its stages).");
        return targets.Count;
    }

    private sealed record Measured<T>(T Result, TimeSpan Wall, TimeSpan Cpu, long PeakMiB);

    /// <summary>Wall time, the process's CPU time and its peak working set during <paramref name="work"/> (the peak is reset first where Linux allows).</summary>
    private static async Task<Measured<T>> MeasureAsync<T>(Func<Task<T>> work)
    {
        using var self = Process.GetCurrentProcess();
        ResetPeak();
        var cpu = self.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = await work();
        wall.Stop();
        self.Refresh();
        return new Measured<T>(result, wall.Elapsed, self.TotalProcessorTime - cpu, PeakMiB(self));
    }

    private static void ResetPeak()
    {
        // Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one.
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static long PeakMiB(Process self)
    {
        if (File.Exists("/proc/self/status"))
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        return self.PeakWorkingSet64 / (1024 * 1024);
    }

    private static async Task<T> SystemAsync<T>(BenchApp app, ICommand<T> command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    private static System.Security.Claims.ClaimsPrincipal Principal(Guid userId) => new(new System.Security.Claims.ClaimsIdentity(
        [new(System.Security.Claims.ClaimTypes.NameIdentifier, userId.ToString()), new(System.Security.Claims.ClaimTypes.Role, RoleNames.FundManager)], "Bench"));

    private static async Task<Guid> PartnerAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = "bench-partner@example.org", Email = "bench-partner@example.org", EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>
    /// Funds with mandates in realistic proportions (as the matching benchmark's generator makes them); the
    /// partner is a member of every tenth, the ones the edits pick from. Returns those.
    /// </summary>
    private static async Task<List<Guid>> InsertFundsAsync(AppDbContext db, int count, Guid partnerId)
    {
        var clusters = await db.Clusters.ToDictionaryAsync(c => c.Key, c => c.Id);
        var random = new Random(11);
        string[] currencies = ["USD", "CNY", "EUR", "SGD"];
        var editable = new List<Guid>();
        var stages = MarketDataGenerator.Stages;
        foreach (var batch in Enumerable.Range(0, count).Chunk(1000))
        {
            foreach (var i in batch)
            {
                var guidance = random.NextDouble() < 0.2;
                var sectors = random.NextDouble() < 0.15 ? [] : MarketDataGenerator.Sectors.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToList();
                var first = random.Next(stages.Length);
                var focus = sectors.Count > 0 ? sectors : [.. MarketDataGenerator.Sectors.OrderBy(_ => random.Next()).Take(3)];
                var fund = new Fund(new LocalizedText($"Bench fund {i}", $"基准基金{i}号"), guidance ? GuidanceRuleCodes.GuidanceFundType : "venture-capital");
                // The random draws keep the order they had when these were property assignments, so the market is the same.
                var description = new LocalizedText(
                    "We back teams building " + string.Join(", ", focus.Select(s => MarketDataGenerator.Topics[s].En)) + ".",
                    "我们投资" + string.Join("、", focus.Select(s => MarketDataGenerator.Topics[s].Zh)) + "领域的团队。");
                fund.Describe(fund.Name, description, fund.Type,
                    random.NextDouble() < 0.8 ? clusters[MarketDataGenerator.Clusters[random.Next(MarketDataGenerator.Clusters.Length)]] : null, null, null);
                List<string> mandateStages = random.NextDouble() < 0.15 ? [] : [.. stages.Skip(first).Take(random.Next(1, 4))];
                var openToOtherClusters = random.NextDouble() < 0.5;
                var openToNewDeals = random.NextDouble() < 0.95;
                int? weeklyCapacity = random.NextDouble() < 0.5 ? random.Next(5, 50) : null;
                fund.SetImportKey($"bench-fund-{i}");
                TicketRange? ticket = null;
                if (random.NextDouble() < 0.9)
                {
                    var low = (long)Math.Round(Math.Exp(random.NextDouble() * (Math.Log(3e7) - Math.Log(1e5)) + Math.Log(1e5)) / 1000) * 1000;
                    var currency = currencies[random.Next(currencies.Length)];
                    long? min = random.NextDouble() < 0.9 ? low : null;
                    long? max = random.NextDouble() < 0.9 ? low * random.Next(3, 40) : null;
                    ticket = min is null && max is null ? null : new TicketRange(min, max, currency);
                }
                List<string> targets = random.NextDouble() < 0.4 ? [.. MarketDataGenerator.Clusters.OrderBy(_ => random.Next()).Take(random.Next(1, 4))] : [];
                var regionRule = RegionRule.None;
                if (guidance && random.Next(3) is var rule && rule < 2)
                {
                    var regions = MarketDataGenerator.Clusters.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
                    regionRule = rule == 0 ? RegionRule.RegisteredInRegion(regions) : RegionRule.Reinvestment(regions, 1.5m, random.NextDouble() < 0.6);
                }
                fund.DefineMandate(new Mandate(sectors, mandateStages, ticket, targets, openToOtherClusters, openToNewDeals, weeklyCapacity, regionRule));
                db.Funds.Add(fund);
                if (i % 10 == 0 && !guidance)
                {
                    db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = partnerId, Role = FundRoles.Partner, JoinedAt = DateTime.UtcNow });
                    editable.Add(fund.Id);
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return editable;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
