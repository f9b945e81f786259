using System.CommandLine;
using Marketplace.Application.Clusters;
using Marketplace.Application.Common;
using Marketplace.Application.Import;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.ReferenceData;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Marketplace.Cli;

/// <summary>
/// <c>marketplace import &lt;file&gt; [--dry-run] [--password-for-all &lt;pw&gt;]</c>. Exit codes: 0 everything
/// imported, 1 some records failed (each is listed), 2 the file (or an option) was unusable and
/// nothing was imported, 130 interrupted (run it again: it resumes).
/// </summary>
public static class ImportCommand
{
    public const int Imported = 0;
    public const int SomeFailed = 1;
    public const int Unusable = 2;
    public const int Interrupted = 130;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A marketplace-import/1 JSON file (docs/import-format.md)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would change, without writing anything." };
        var passwordForAll = new Option<string?>("--password-for-all")
        {
            Description = "Development only: give every created account this password instead of sending an invitation.",
        };
        var command = new Command("import", "Import a marketplace-import/1 file (every section of docs/import-format.md); records are matched by key, so running it again changes nothing.")
        {
            file, dryRun, passwordForAll,
        };
        command.SetAction((result, ct) => RunAsync(result.GetValue(file)!, new ImportOptions(result.GetValue(dryRun), result.GetValue(passwordForAll)), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, ImportOptions options, CancellationToken ct)
    {
        using var host = CliHost.Build();
        if (options.PasswordForAll is not null && !host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            AnsiConsole.MarkupLine("[red]--password-for-all is only allowed when the environment is Development[/] (DOTNET_ENVIRONMENT=Development).");
            return Unusable;
        }

        Stream stream;
        try
        {
            stream = file.OpenRead();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]Cannot read {Markup.Escape(file.FullName)}[/]: {Markup.Escape(e.Message)}");
            return Unusable;
        }

        ImportResult imported;
        await using (stream)
        await using (var scope = host.SystemScope())
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider, ct);
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
            var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
            try
            {
                imported = await WithProgressAsync(progress => runner.RunAsync(stream, options, progress, ct));
            }
            catch (ImportFileException e)
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(file.Name)}: {Markup.Escape(e.Message)}[/] Nothing was imported.");
                return Unusable;
            }
            catch (InputValidationException e)
            {
                foreach (var error in e.Errors)
                    AnsiConsole.MarkupLine($"[red]{Markup.Escape(error.Field)}[/]: {Markup.Escape(error.Message)}");
                return Unusable;
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]Interrupted.[/] What was imported stays; run the same command again to finish.");
                return Interrupted;
            }
        }

        if (!options.DryRun && imported.Created + imported.Updated > 0)
        {
            // Cluster pages count members from statistics; refresh them now rather than at the next schedule.
            await using var scope = host.SystemScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RefreshClusterStatistics.Command(), ct);
        }

        Report(file, imported);
        return imported.Succeeded ? Imported : SomeFailed;
    }

    private static async Task<ImportResult> WithProgressAsync(Func<IProgress<ImportProgress>, Task<ImportResult>> run)
    {
        ImportResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Reporter(p =>
                {
                    if (!tasks.TryGetValue(p.Section, out var task))
                        tasks[p.Section] = task = context.AddTask(Markup.Escape(p.Section), maxValue: p.SectionTotal);
                    task.Value = p.SectionDone;
                });
                result = await run(progress);
            });
        return result!;
    }

    private static void Report(FileInfo file, ImportResult result)
    {
        var table = new Table()
            .Title(result.DryRun ? $"{Markup.Escape(file.Name)}: dry run, nothing was written" : Markup.Escape(file.Name))
            .AddColumn("Section")
            .AddColumn(new TableColumn(result.DryRun ? "Would create" : "Created").RightAligned())
            .AddColumn(new TableColumn(result.DryRun ? "Would update" : "Updated").RightAligned())
            .AddColumn(new TableColumn("Unchanged").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned());
        foreach (var (section, counts) in result.Sections)
            table.AddRow(Markup.Escape(section), $"{counts.Created}", $"{counts.Updated}", $"{counts.Unchanged}",
                counts.Failed > 0 ? $"[red]{counts.Failed}[/]" : "0");
        table.AddRow("[bold]total[/]", $"[bold]{result.Created}[/]", $"[bold]{result.Updated}[/]", $"[bold]{result.Unchanged}[/]",
            result.Failed > 0 ? $"[bold red]{result.Failed}[/]" : "[bold]0[/]");
        AnsiConsole.Write(table);

        if (result.Errors.Count == 0)
            return;
        AnsiConsole.MarkupLine($"[red]{result.Errors.Count} error(s)[/] (section/key/field: message):");
        // Plain lines, never wrapped or truncated to the terminal's width, so they can be grepped and copied.
        foreach (var error in result.Errors)
            Console.Out.WriteLine("  " + error);
        AnsiConsole.MarkupLine(result.DryRun
            ? "[red]The records with errors would not be imported.[/]"
            : "[red]The records with errors were not imported (nothing of them was written); fix them and run the import again.[/]");
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
