using System.CommandLine;
using Marketplace.Application.Matching;
using Marketplace.Domain.Matching;
using Marketplace.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Marketplace.Cli;

/// <summary>
/// <c>marketplace recompute [--full]</c> and <c>marketplace export recommendations --out file.json</c>.
/// The recompute runs in this process, with the same use cases as the background jobs: without
/// <c>--full</c> it answers the pending change requests; with it, it computes a new generation of
/// each pairing chunk by chunk (resuming one a killed run left) and switches readers to it at the end.
/// </summary>
public static class RecommendationCommands
{
    public static Command Recompute()
    {
        var full = new Option<bool>("--full") { Description = "Recompute every list as a new generation (what the nightly job does), not only the changed entities." };
        var command = new Command("recompute", "Recompute recommendations: the pending changes, or with --full everything.") { full };
        command.SetAction(async (result, ct) =>
        {
            using var host = CliHost.Build();
            await using (var scope = host.SystemScope())
                await DatabaseSetup.MigrateAsync(scope.ServiceProvider, ct);
            try
            {
                return result.GetValue(full) ? await FullAsync(host, ct) : await IncrementalAsync(host, ct);
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]Interrupted.[/] Readers still see the previous recommendations; run the same command again to finish.");
                return 130;
            }
        });
        return command;
    }

    private static async Task<int> IncrementalAsync(IHost host, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var scope = host.SystemScope();
            var done = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ProcessRecomputeRequests.Command(), ct);
            total += done;
            if (done < ProcessRecomputeRequests.BatchSize)
                break;
        }
        AnsiConsole.MarkupLine(total == 0 ? "Nothing to recompute: no change is pending." : $"[green]Recomputed[/] after {total} change(s).");
        return 0;
    }

    private static async Task<int> FullAsync(IHost host, CancellationToken ct)
    {
        var plans = new List<FullRecomputePlan>();
        foreach (var pairing in Pairings.All)
        {
            await using var scope = host.SystemScope();
            plans.Add(await scope.ServiceProvider.GetRequiredService<ISender>().Send(new StartFullRecompute.Command(pairing), ct));
        }
        var written = 0;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                foreach (var plan in plans)
                {
                    var task = context.AddTask(plan.Resumed ? $"{plan.Pairing} (resumed)" : plan.Pairing, maxValue: plan.ChunkCount);
                    task.Value = plan.ChunkCount - plan.PendingChunks.Count;
                    foreach (var index in plan.PendingChunks)
                    {
                        // A scope per chunk: each is its own transaction and unit of work.
                        await using var scope = host.SystemScope();
                        written += await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunRecomputeChunk.Command(plan.GenerationId, index), ct);
                        task.Increment(1);
                    }
                    await using var last = host.SystemScope();
                    await last.ServiceProvider.GetRequiredService<ISender>().Send(new CompleteRecompute.Command(plan.GenerationId), ct);
                }
            });
        AnsiConsole.MarkupLine($"[green]Recomputed[/] {written:N0} recommendation(s); readers now see generations "
            + string.Join(", ", plans.Select(p => $"{p.Pairing} #{p.GenerationId}")) + ".");
        return 0;
    }

    public static Command Export()
    {
        var output = new Option<FileInfo>("--out") { Description = "The JSON file to write.", Required = true };
        var recommendations = new Command("recommendations", "Write every fund's, project's, researcher's and position's top 20 with score and factors, by import key.") { output };
        recommendations.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(output)!;
            using var host = CliHost.Build();
            await using var scope = host.SystemScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider, ct);
            // Written beside the target first, then moved: a failed export never leaves half a file under the name asked for.
            var temporary = file.FullName + ".partial";
            ExportSummary summary;
            await using (var stream = File.Create(temporary))
                summary = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExportRecommendations.Command(stream), ct);
            File.Move(temporary, file.FullName, overwrite: true);
            AnsiConsole.MarkupLine($"[green]Exported[/] {summary.Recommendations:N0} recommendation(s) of {summary.Lists:N0} list(s) to {Markup.Escape(file.FullName)}.");
            return 0;
        });
        return new Command("export", "Export data.") { recommendations };
    }
}
