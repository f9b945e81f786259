using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.Domain.Moderation;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Bench;

/// <summary>Discovery benchmark (issue 3, "Done when"): the real app on SQLite with N imported projects,
/// timing filtered /projects pages over HTTP. Usage:
///   dotnet run -c Release --project bench/Marketplace.Bench -- [--projects 10000] [--requests 200] [--keep] [--sql]
/// With --recompute-latency [--funds 500] [--edits 3] [--postgres]: the time from a mandate change to its new recommendations instead (<see cref="RecomputeLatencyBench"/>).</summary>
public static class BenchMain
{
    public static async Task Main(string[] args)
    {
        var projectCount = Option(args, "--projects", 10_000);
        var requests = Option(args, "--requests", 200);
        var keep = args.Contains("--keep");
        // --sql: print the SQL of each page once (with the database's query plans in mind) instead of timing.
        var logSql = args.Contains("--sql");
        if (logSql)
            requests = 1;

        var directory = Path.Combine(Path.GetTempPath(), "marketplace-bench", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        try
        {
            if (args.Contains("--recompute-latency"))
            {
                if (!args.Contains("--postgres"))
                {
                    await RecomputeLatencyBench.RunAsync(directory, projectCount, Option(args, "--funds", 500), Option(args, "--edits", 3));
                    return;
                }
                await using var database = await BenchDatabase.CreateAsync();
                await RecomputeLatencyBench.RunAsync(directory, projectCount, Option(args, "--funds", 500), Option(args, "--edits", 3), database.ConnectionString);
                return;
            }
            var clock = Stopwatch.StartNew();
            var data = MarketDataGenerator.Generate(projectCount);
            var importFile = Path.Combine(directory, "bench-import.json");
            await data.WriteImportFileAsync(importFile);
            Console.WriteLine($"Generated {data.Projects.Count:N0} projects, {data.Startups.Count:N0} startups, {data.Users.Count:N0} founders "
                + $"({new FileInfo(importFile).Length / 1024:N0} KiB marketplace-import/1 file) in {clock.Elapsed.TotalSeconds:0.0} s");

            await using var app = new BenchApp(directory, logSql);
            app.Start();
            clock.Restart();
            var how = await app.LoadAsync(data, importFile);
            var published = await CountPublishedAsync(app);
            Console.WriteLine($"Loaded through {how} in {clock.Elapsed.TotalSeconds:0.0} s: {published:N0} published projects");
            Console.WriteLine($"App at {app.BaseAddress}, SQLite database in {directory}");
            Console.WriteLine();

            var scenarios = new (string Name, Func<int, string> Url)[]
            {
                ("first page, newest", _ => "/projects"),
                ("cluster + sector + amount range (USD)", _ => "/projects?cluster=hangzhou&sector=healthcare&minAmount=1000000&maxAmount=20000000&currency=USD"),
                // A different range on every request, as different readers type: one cached query plan must serve them all.
                ("cluster + amount range, varying (USD)", i => $"/projects?cluster=shenzhen&minAmount={500_000 + i * 10_000}&maxAmount={15_000_000 + i * 50_000}"),
                ("mode + stage + amount range (CNY)", _ => "/projects?mode=application-scenario&stage=series-a&minAmount=10000000&maxAmount=100000000&currency=CNY"),
                ("text query, Chinese (医疗)", _ => "/projects?q=" + Uri.EscapeDataString("医疗")),
                ("text query, English (robots)", _ => "/projects?q=robots"),
                ("sort by amount, largest first", _ => "/projects?sort=amount-desc"),
                ("sector + sort by amount, smallest first", _ => "/projects?sector=fintech&sort=amount-asc"),
                ("deep page (page 400, newest)", _ => "/projects?page=400"),
                ("deep page, sort by amount (page 300)", _ => "/projects?sort=amount-desc&page=300"),
            };

            using var http = new HttpClient { BaseAddress = app.BaseAddress };
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"{"query",-42} {"rows",7} {"median",8} {"p95",8} {"max",8} {"cpu/req",8}   ({requests} requests each; ms)");
            foreach (var (name, url) in scenarios)
            {
                var rows = 0;
                for (var i = 0; i < (logSql ? 1 : 10); i++)
                    rows = await GetAsync(http, url(-i - 1));
                var times = new List<double>(requests);
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                for (var i = 0; i < requests; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await GetAsync(http, url(i));
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                self.Refresh();
                var cpu = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds / requests;
                times.Sort();
                Console.WriteLine($"{name,-42} {rows,7:N0} {Percentile(times, 50),8:0.0} {Percentile(times, 95),8:0.0} {times[^1],8:0.0} {cpu,8:0.0}");
            }
            Console.WriteLine();
            self.Refresh();
            Console.WriteLine($"Load average while measuring: {LoadAverage()}; cpu/req is the process's CPU time per request (server and client), which other processes' load does not inflate");
            Console.WriteLine($"Process peak memory (working set): {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB; "
                + $"database {new FileInfo(Path.Combine(directory, "marketplace.db")).Length / (1024 * 1024):N0} MiB");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep)
                try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static async Task<int> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        var total = Regex.Match(html, "data-total=\"(\\d+)\"");
        return total.Success ? int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "unknown";

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<int> CountPublishedAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Projects.CountAsync(p => p.State == ModerationState.Published);
    }
}
