using System.Diagnostics;
using System.Reflection;
using Marketplace.Infrastructure;
using Microsoft.Data.Sqlite;
using static Marketplace.IntegrationTests.Infrastructure.ImportFiles;

namespace Marketplace.IntegrationTests;

/// <summary>The built <c>marketplace</c> CLI, run as an operator would, against a SQLite file of its own.</summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "marketplace-cli-tests", Guid.NewGuid().ToString("N"));

    public ImportCliTests() => Directory.CreateDirectory(directory);

    [Fact]
    public async Task Import_verb_imports_a_good_file_with_exit_code_0_and_names_the_bad_record_of_another_with_exit_code_1()
    {
        var u = Unique();
        var good = Write("good.json", File([Cluster($"c-{u}")], [User($"{u}-1", $"{u}-1@example.org", cluster: $"c-{u}"), User($"{u}-2", $"{u}-2@example.org", "admin")]));

        var (imported, output) = await RunAsync("import", good);

        Assert.True(imported == 0, output);
        Assert.Contains("good.json", output);
        Assert.Equal(2L, await ScalarAsync($"SELECT COUNT(*) FROM UserProfiles WHERE ImportKey LIKE '{u}-%'"));
        Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM Clusters WHERE Key = 'c-{u}'"));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(directory, "mail"), "*.eml").Length);

        var bad = Write("bad.json", File(users: [User($"{u}-3", $"{u}-3@example.org"), User($"{u}-4", "not-an-address", "founder")],
            startups: [Startup($"{u}-s", [$"{u}-1"], sectors: ["alchemy"])]));
        var (failed, failedOutput) = await RunAsync("import", bad);

        Assert.True(failed == 1, failedOutput);
        Assert.Contains($"users/{u}-4/email:", failedOutput);
        Assert.Contains($"startups/{u}-s/sectors[0]:", failedOutput);
        Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM UserProfiles WHERE ImportKey = '{u}-3'"));
        Assert.Equal(0L, await ScalarAsync($"SELECT COUNT(*) FROM UserProfiles WHERE ImportKey = '{u}-4'"));

        var (again, againOutput) = await RunAsync("import", good);
        Assert.True(again == 0, againOutput);
        Assert.Equal(2L, await ScalarAsync($"SELECT COUNT(*) FROM UserProfiles WHERE ImportKey IN ('{u}-1', '{u}-2')"));
    }

    [Fact]
    public async Task Recompute_full_then_export_writes_each_lists_top_recommendations_by_import_key()
    {
        var u = Unique();
        var file = Write("market.json", File(
            users: [User($"{u}-m", $"{u}-m@example.org", "fund-manager"), User($"{u}-f", $"{u}-f@example.org")],
            startups: [Startup($"{u}-s", [$"{u}-f"], cluster: "beijing", sectors: ["healthcare"])],
            projects: [Project($"{u}-p", $"{u}-s", amount: 20_000_000)],
            funds: [Fund($"{u}-fund", [$"{u}-m"])]));
        var (imported, importOutput) = await RunAsync("import", file);
        Assert.True(imported == 0, importOutput);

        var (recomputed, recomputeOutput) = await RunAsync("recompute", "--full");
        Assert.True(recomputed == 0, recomputeOutput);
        Assert.Contains("fund-project", recomputeOutput);
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM CurrentGenerations WHERE Pairing = 'fund-project'"));

        var output = Path.Combine(directory, "recommendations.json");
        var (exported, exportOutput) = await RunAsync("export", "recommendations", "--out", output);
        Assert.True(exported == 0, exportOutput);
        using var json = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(output));
        Assert.Equal("marketplace-recommendations/1", json.RootElement.GetProperty("format").GetString());
        var fund = json.RootElement.GetProperty("funds").EnumerateArray().Single(f => f.GetProperty("key").GetString() == $"{u}-fund");
        var first = fund.GetProperty("recommendations").EnumerateArray().First();
        Assert.Equal($"{u}-p", first.GetProperty("project").GetString());
        var contributions = first.GetProperty("factors").EnumerateArray().Sum(f => f.GetProperty("contribution").GetDecimal());
        Assert.Equal(first.GetProperty("score").GetDecimal(), contributions);
        Assert.Contains(json.RootElement.GetProperty("projects").EnumerateArray(), p => p.GetProperty("key").GetString() == $"{u}-p");

        // A second full run is a new generation; the export follows it.
        var (again, againOutput) = await RunAsync("recompute", "--full");
        Assert.True(again == 0, againOutput);
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM CurrentGenerations WHERE Pairing = 'fund-project'"));
    }

    [Fact]
    public async Task Import_verb_refuses_an_unreadable_file_and_a_password_for_all_outside_development_with_exit_code_2()
    {
        var (missing, missingOutput) = await RunAsync("import", Path.Combine(directory, "missing.json"));
        Assert.True(missing == 2, missingOutput);

        var notImport = Write("other.json", "{ \"users\": [] }");
        var (wrongFormat, wrongFormatOutput) = await RunAsync("import", notImport);
        Assert.True(wrongFormat == 2, wrongFormatOutput);
        Assert.Contains("marketplace-import/1", wrongFormatOutput);

        var u = Unique();
        var file = Write("users.json", File(users: [User(u, $"{u}@example.org")]));
        var (refused, refusedOutput) = await RunAsync("import", file, "--password-for-all", "a long shared passphrase");
        Assert.True(refused == 2, refusedOutput);
        Assert.Contains("Development", refusedOutput);
    }

    [Fact]
    public async Task Import_verb_dry_run_writes_nothing()
    {
        var u = Unique();
        var file = Write("dry.json", File(users: [User(u, $"{u}@example.org")]));

        var (code, output) = await RunAsync("import", file, "--dry-run");

        Assert.True(code == 0, output);
        Assert.Contains("dry run", output);
        Assert.Equal(0L, await ScalarAsync($"SELECT COUNT(*) FROM UserProfiles WHERE ImportKey = '{u}'"));
    }

    [Fact]
    public async Task Import_verb_sets_one_password_for_all_in_development()
    {
        var u = Unique();
        var file = Write("dev.json", File(users: [User(u, $"{u}@example.org")]));

        // Development validates every service at start-up: the CLI must build all of them.
        var (code, output) = await RunInAsync("Development", "import", file, "--password-for-all", "a development passphrase");

        Assert.True(code == 0, output);
        Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM UserProfiles WHERE ImportKey = '{u}'"));
        Assert.Equal(1L, await ScalarAsync($"SELECT COUNT(*) FROM AspNetUsers WHERE Email = '{u}@example.org' AND PasswordHash IS NOT NULL"));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The CLI of the same build configuration as these tests (Debug locally, Release in CI).</summary>
    private static string CliPath()
    {
        var configuration = typeof(ImportCliTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = Path.Combine(ContentRoot.Find(), "src", "Marketplace.Cli", "bin", configuration, "net10.0", "marketplace.dll");
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the CLI is not at " + path);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunInAsync("Production", arguments);

    private async Task<(int ExitCode, string Output)> RunInAsync(string environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath());
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__DataDirectory"] = directory;
        start.Environment["Email__PickupDirectory"] = Path.Combine(directory, "mail");
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "marketplace.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
