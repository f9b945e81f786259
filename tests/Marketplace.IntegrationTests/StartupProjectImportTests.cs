using System.Text.Json;
using Marketplace.Application.Import;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Projects;
using ProjectEntity = Marketplace.Domain.Projects.Project;
using Marketplace.Infrastructure;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Infrastructure.ImportFiles;

namespace Marketplace.IntegrationTests;

/// <summary>The "startups" and "projects" sections of the import (docs/import-format.md) and the demo startups and projects.</summary>
public abstract class StartupProjectImportTests(MarketplaceApp app)
{
    private static readonly string[] ConfidentialFigures = ["300000000", "12000000", "1500000"];

    [Fact]
    public async Task Startups_and_projects_import_with_their_owners_sectors_and_the_confidential_part_in_its_own_table()
    {
        var u = Unique();
        var file = File(
            users: [User($"{u}-f1", $"{u}-f1@example.org", "founder", "hangzhou"), User($"{u}-f2", $"{u}-f2@example.org", "founder", "hangzhou")],
            startups: [Startup($"{u}-s", [$"{u}-f1", $"{u}-f2"], sectors: ["smart-city", "logistics", "fintech"], relocateTo: ["shenzhen"])],
            projects: [Project($"{u}-p", $"{u}-s", traction: new[] { new { metric = "pilots", value = 6L }, new { metric = "paying-customers", value = 14L } })]);

        var result = await app.ImportAsync(file);

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.For("startups").Created);
        Assert.Equal(1, result.For("projects").Created);
        await app.QueryAsync(async db =>
        {
            var startup = await db.Startups.SingleAsync(s => s.ImportKey == $"{u}-s");
            Assert.Equal(await db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync(), startup.ClusterId);
            Assert.Equal(["smart-city", "logistics", "fintech"], startup.Sectors);
            Assert.Equal(["shenzhen"], startup.RelocationClusterKeys);
            Assert.Equal(("Test startup " + $"{u}-s", "测试创业公司 " + $"{u}-s"), (startup.Name.En, startup.Name.Zh));
            Assert.Equal(("series-a", 2022, 24, "https://example.org/startup"), (startup.Stage, startup.FoundedYear, startup.TeamSize, startup.Website));
            var owners = await db.UserProfiles.Where(p => p.ImportKey!.StartsWith(u)).Select(p => p.Id).ToListAsync();
            var members = await db.StartupMembers.Where(m => m.StartupId == startup.Id).Select(m => m.UserId).ToListAsync();
            Assert.Equal(owners.Order(), members.Order());

            var project = await db.Projects.AsNoTracking().SingleAsync(p => p.ImportKey == $"{u}-p");
            Assert.Equal(startup.Id, project.StartupId);
            Assert.Equal(ModerationState.Published, project.State);
            Assert.NotNull(project.PublishedAt);
            Assert.Equal((50_000_000L, "CNY", "equity", "series-a"), (project.SeekingAmount, project.SeekingCurrency, project.Instrument, project.Stage));
            Assert.Equal(("Series A for city logistics", "城市物流 A 轮融资"), (project.Title.En, project.Title.Zh));
            Assert.Equal("招聘与试点。", project.UseOfFunds.Zh);
            Assert.Equal([new TractionMetric("pilots", 6), new TractionMetric("paying-customers", 14)], project.Traction);

            var confidential = await db.ProjectConfidentials.SingleAsync(c => c.Id == project.Id);
            Assert.Equal((300_000_000L, "CNY"), (confidential.PreMoneyValuationAmount, confidential.PreMoneyValuationCurrency));
            Assert.Equal((12_000_000L, "CNY"), (confidential.RevenueLast12MonthsAmount, confidential.RevenueLast12MonthsCurrency));
            Assert.Equal((1_500_000L, "CNY", 14), (confidential.MonthlyBurnAmount, confidential.MonthlyBurnCurrency, confidential.RunwayMonths));

            // Nothing of the confidential part in the public row, the startup or a moderation request.
            var publicText = JsonSerializer.Serialize(project) + JsonSerializer.Serialize(startup)
                + string.Join("|", await db.ModerationRequests.Where(r => r.ContentId == project.Id).Select(r => r.Summary + r.Payload).ToListAsync());
            Assert.All(ConfidentialFigures, figure => Assert.DoesNotContain(figure, publicText));
            return true;
        });
    }

    [Fact]
    public async Task Importing_the_same_startups_and_projects_twice_changes_nothing()
    {
        var u = Unique();
        var file = File(
            users: [User($"{u}-f", $"{u}-f@example.org", "founder", "shenzhen")],
            startups: [Startup($"{u}-s", [$"{u}-f"], "shenzhen", ["robotics", "manufacturing"])],
            projects:
            [
                Project($"{u}-p1", $"{u}-s"),
                Project($"{u}-p2", $"{u}-s", "submitted"),
                Project($"{u}-p3", $"{u}-s", "closed", closedReason: "funded", publishedAt: "2025-03-01T08:00:00Z"),
                Project($"{u}-p4", $"{u}-s", "draft", traction: new[] { new { metric = "customers", value = 3L } }),
            ]);
        var first = await app.ImportAsync(file);
        Assert.Empty(first.Errors);
        var before = await SnapshotAsync(u);

        var second = await app.ImportAsync(file);

        Assert.Empty(second.Errors);
        Assert.Equal(6, second.Unchanged);
        Assert.Equal(0, second.Created + second.Updated + second.Failed);
        Assert.Equal(before, await SnapshotAsync(u));
    }

    [Fact]
    public async Task A_changed_project_updates_its_row_by_key_and_the_audit_log_has_before_and_after()
    {
        var u = Unique();
        var users = new[] { User($"{u}-f", $"{u}-f@example.org", "founder", "beijing") };
        var startups = new[] { Startup($"{u}-s", [$"{u}-f"], "beijing", ["foundation-models"]) };
        Assert.Empty((await app.ImportAsync(File(users: users, startups: startups, projects: [Project($"{u}-p", $"{u}-s")]))).Errors);
        var (id, publishedAt) = await app.QueryAsync(db => db.Projects.Where(p => p.ImportKey == $"{u}-p")
            .Select(p => new { p.Id, p.PublishedAt }).SingleAsync().ContinueWith(t => (t.Result.Id, t.Result.PublishedAt)));

        var changed = await app.ImportAsync(File(users: users, startups: startups, projects:
        [
            Project($"{u}-p", $"{u}-s", "closed", titleEn: "Series A for city logistics (closed)", closedReason: "funded", confidential: new
            {
                preMoneyValuation = new { amount = 320_000_000L, currency = "CNY" },
                revenueLast12Months = new { amount = 12_000_000L, currency = "CNY" },
            }),
        ]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("projects").Updated);
        Assert.Equal(2, changed.Unchanged);
        await app.QueryAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.ImportKey == $"{u}-p");
            Assert.Equal(id, project.Id);
            Assert.Equal("Series A for city logistics (closed)", project.Title.En);
            Assert.Equal((ModerationState.Closed, "funded"), (project.State, project.ClosedReason));
            Assert.NotNull(project.ClosedAt);
            Assert.Equal(publishedAt, project.PublishedAt);
            var confidential = await db.ProjectConfidentials.SingleAsync(c => c.Id == id);
            Assert.Equal(320_000_000L, confidential.PreMoneyValuationAmount);
            Assert.Null(confidential.MonthlyBurnAmount);

            var lines = (await db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.Action == "Modified").ToListAsync())
                .Select(a => (a.EntityType, a.UseCase, Changes: JsonDocument.Parse(a.Changes).RootElement)).ToList();
            var projectLine = Assert.Single(lines, l => l.EntityType == typeof(ProjectEntity).Name);
            Assert.Equal(ImportRunner.UseCaseName, projectLine.UseCase);
            Assert.Equal("Series A for city logistics", projectLine.Changes.GetProperty("Title.En").GetProperty("before").GetString());
            Assert.Equal("Closed", projectLine.Changes.GetProperty("State").GetProperty("after").GetString());
            var confidentialLine = Assert.Single(lines, l => l.EntityType == nameof(ProjectConfidential));
            Assert.Equal(300_000_000L, confidentialLine.Changes.GetProperty("PreMoneyValuationAmount").GetProperty("before").GetInt64());
            Assert.Equal(320_000_000L, confidentialLine.Changes.GetProperty("PreMoneyValuationAmount").GetProperty("after").GetInt64());
            return true;
        });
    }

    [Theory]
    [InlineData("unknown-sector")]
    [InlineData("too-many-sectors")]
    [InlineData("no-sectors")]
    [InlineData("unknown-stage")]
    [InlineData("owner-not-founder")]
    [InlineData("unknown-owner")]
    [InlineData("unknown-cluster")]
    [InlineData("bad-website")]
    [InlineData("unknown-instrument")]
    [InlineData("currency-without-rate")]
    [InlineData("zero-amount")]
    [InlineData("bad-confidential-currency")]
    [InlineData("unknown-status")]
    [InlineData("unknown-traction-metric")]
    [InlineData("closed-reason-when-published")]
    public async Task A_bad_startup_or_project_is_named_by_section_key_and_field_and_nothing_of_it_is_written_while_the_others_import(string fault)
    {
        var u = Unique();
        var founder = $"{u}-f";
        List<object> users = [User(founder, $"{u}-f@example.org", "founder", "montreal"), User($"{u}-r", $"{u}-r@example.org", "researcher", "montreal")];
        List<object> startups = [Startup($"{u}-good", [founder], "montreal", ["algorithms", "healthcare"])];
        List<object> projects = [Project($"{u}-good-p", $"{u}-good", currency: "CAD", amount: 4_000_000)];
        var bad = $"{u}-bad";
        (string Section, string Key, string Field) expected = ("startups", bad, "");
        void BadStartup(object startup, string field)
        {
            startups.Add(startup);
            expected = ("startups", bad, field);
        }
        void BadProject(object project, string field)
        {
            projects.Add(project);
            expected = ("projects", bad, field);
        }
        switch (fault)
        {
            case "unknown-sector": BadStartup(Startup(bad, [founder], "montreal", ["alchemy"]), "sectors[0]"); break;
            case "too-many-sectors":
                BadStartup(Startup(bad, [founder], "montreal", ["algorithms", "healthcare", "fintech", "robotics", "energy", "retail"]), "sectors");
                break;
            case "no-sectors": BadStartup(Startup(bad, [founder], "montreal", []), "sectors"); break;
            case "unknown-stage": BadStartup(Startup(bad, [founder], "montreal", stage: "series-z"), "stage"); break;
            case "owner-not-founder": BadStartup(Startup(bad, [founder, $"{u}-r"], "montreal"), "owners"); break;
            case "unknown-owner": BadStartup(Startup(bad, [$"{u}-nobody"], "montreal"), "owners"); break;
            case "unknown-cluster": BadStartup(Startup(bad, [founder], $"nowhere-{u}"), "cluster"); break;
            case "bad-website": BadStartup(Startup(bad, [founder], "montreal", website: "javascript:alert(1)"), "website"); break;
            case "unknown-instrument": BadProject(Project(bad, $"{u}-good", instrument: "tokens"), "instrument"); break;
            case "currency-without-rate": BadProject(Project(bad, $"{u}-good", currency: "BRL"), "seeking.currency"); break;
            case "zero-amount": BadProject(Project(bad, $"{u}-good", amount: 0), "seeking.amount"); break;
            case "bad-confidential-currency":
                BadProject(Project(bad, $"{u}-good", confidential: new { preMoneyValuation = new { amount = 10L, currency = "XYZ" } }),
                    "confidential.preMoneyValuation.currency");
                break;
            case "unknown-status": BadProject(Project(bad, $"{u}-good", "approved"), "status"); break;
            case "unknown-traction-metric":
                BadProject(Project(bad, $"{u}-good", traction: new[] { new { metric = "vibes", value = 1L } }), "traction[0].metric");
                break;
            case "closed-reason-when-published": BadProject(Project(bad, $"{u}-good", closedReason: "funded"), "closedReason"); break;
        }

        var result = await app.ImportAsync(File(users: users, startups: startups, projects: projects));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == expected && e.Message.Length > 0);
        Assert.Equal(1, result.Failed);
        Assert.Equal(1, result.For("startups").Created);
        Assert.Equal(1, result.For("projects").Created);
        await app.QueryAsync(async db =>
        {
            Assert.True(await db.Projects.AnyAsync(p => p.ImportKey == $"{u}-good-p"));
            Assert.False(await db.Startups.AnyAsync(s => s.ImportKey == bad));
            Assert.False(await db.Projects.AnyAsync(p => p.ImportKey == bad));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key == bad));
            return true;
        });
    }

    [Fact]
    public async Task A_project_of_a_bad_startup_is_refused_and_an_owner_may_be_a_founder_imported_earlier()
    {
        var u = Unique();
        Assert.Empty((await app.ImportAsync(File(users: [User($"{u}-f", $"{u}-f@example.org", "founder", "london")]))).Errors);

        var result = await app.ImportAsync(File(
            startups: [Startup($"{u}-bad", [$"{u}-f"], "london", ["quantum-vibes"]), Startup($"{u}-good", [$"{u}-f"], "london", ["fintech"])],
            projects: [Project($"{u}-p-bad", $"{u}-bad", currency: "GBP"), Project($"{u}-p-good", $"{u}-good", currency: "GBP")]));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("projects", $"{u}-p-bad", "startup"));
        Assert.Equal((1, 1), (result.For("startups").Created, result.For("projects").Created));
        Assert.False(await app.QueryAsync(db => db.Projects.AnyAsync(p => p.ImportKey == $"{u}-p-bad")));
        Assert.True(await app.QueryAsync(db => db.StartupMembers.AnyAsync(m =>
            db.Startups.Any(s => s.Id == m.StartupId && s.ImportKey == $"{u}-good") && db.UserProfiles.Any(p => p.Id == m.UserId && p.ImportKey == $"{u}-f"))));
    }

    [Fact]
    public async Task A_submitted_project_waits_in_the_moderation_queue_once_and_leaves_it_when_the_file_publishes_it()
    {
        var u = Unique();
        var users = new[] { User($"{u}-f", $"{u}-f@example.org", "founder", "singapore") };
        var startups = new[] { Startup($"{u}-s", [$"{u}-f"], "singapore", ["fintech"]) };
        Assert.Empty((await app.ImportAsync(File(users: users, startups: startups,
            projects: [Project($"{u}-p", $"{u}-s", "submitted", currency: "SGD", titleEn: $"Queue me {u}")]))).Errors);
        var (projectId, founderId) = await app.QueryAsync(async db => (
            await db.Projects.Where(p => p.ImportKey == $"{u}-p").Select(p => p.Id).SingleAsync(),
            await db.UserProfiles.Where(p => p.ImportKey == $"{u}-f").Select(p => p.Id).SingleAsync()));

        var item = await FindInQueueAsync(projectId);
        Assert.NotNull(item);
        Assert.Equal((ProjectEntity.ContentType, ModerationKind.Publication, founderId, $"Queue me {u}"), (item.ContentType, item.Kind, item.SubmittedById, item.Summary));
        Assert.Equal(ModerationState.Submitted, await app.QueryAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.State).SingleAsync()));

        // A changed record that is still submitted keeps its place; one that the file publishes leaves the queue.
        Assert.Empty((await app.ImportAsync(File(users: users, startups: startups,
            projects: [Project($"{u}-p", $"{u}-s", "submitted", currency: "SGD", amount: 60_000_000, titleEn: $"Queue me {u}")]))).Errors);
        Assert.Equal(1, await app.QueryAsync(db => db.ModerationRequests.CountAsync(r => r.ContentId == projectId)));
        Assert.Empty((await app.ImportAsync(File(users: users, startups: startups,
            projects: [Project($"{u}-p", $"{u}-s", "published", currency: "SGD", titleEn: $"Queue me {u}")]))).Errors);
        Assert.Null(await FindInQueueAsync(projectId));
        await app.QueryAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == projectId);
            Assert.Equal(ModerationState.Published, project.State);
            Assert.NotNull(project.PublishedAt);
            Assert.Equal(ModerationDecision.Withdrawn, await db.ModerationRequests.Where(r => r.ContentId == projectId).Select(r => r.Decision).SingleAsync());
            return true;
        });
    }

    [Fact]
    public async Task A_dry_run_checks_startups_and_projects_and_writes_nothing()
    {
        var u = Unique();
        var result = await app.ImportAsync(File(
                users: [User($"{u}-f", $"{u}-f@example.org", "founder", "toronto")],
                startups: [Startup($"{u}-s", [$"{u}-f"], "toronto", ["healthcare"])],
                projects: [Project($"{u}-p", $"{u}-s", "submitted", currency: "CAD"), Project($"{u}-bad", $"{u}-s", currency: "CAD", amount: -5)]),
            new ImportOptions(DryRun: true));

        Assert.True(result.DryRun);
        Assert.Equal((1, 1), (result.For("startups").Created, result.For("projects").Created));
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("projects", $"{u}-bad", "seeking.amount"));
        await app.QueryAsync(async db =>
        {
            Assert.False(await db.Startups.AnyAsync(s => s.ImportKey!.StartsWith(u)));
            Assert.False(await db.Projects.AnyAsync(p => p.ImportKey!.StartsWith(u)));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key.StartsWith(u)));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains(u)));
            return true;
        });
    }

    [Fact]
    public async Task The_demo_file_imports_startups_and_projects_in_every_cluster_in_both_languages_and_a_second_run_changes_nothing()
    {
        var json = await System.IO.File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var root = JsonDocument.Parse(json).RootElement;
        var projectKeys = root.GetProperty("projects").EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList();

        var first = await app.ImportAsync(json, new ImportOptions(PasswordForAll: "demo passphrase for tests"));
        Assert.Empty(first.Errors);
        var before = await DemoSnapshotAsync(projectKeys);

        var second = await app.ImportAsync(json);

        Assert.Empty(second.Errors);
        Assert.Equal(root.GetProperty("startups").GetArrayLength(), second.For("startups").Unchanged);
        Assert.Equal(projectKeys.Count, second.For("projects").Unchanged);
        Assert.Equal(before, await DemoSnapshotAsync(projectKeys));

        var listed = await app.QueryAsync(db => (
            from p in db.Projects
            where projectKeys.Contains(p.ImportKey!)
            join s in db.Startups on p.StartupId equals s.Id
            join c in db.Clusters on s.ClusterId equals c.Id
            select new { Cluster = c.Key, p.State, p.Title, p.Summary, p.UseOfFunds, StartupName = s.Name, s.Description, s.Sectors }).ToListAsync());
        foreach (var cluster in Marketplace.Domain.Common.Codes.ReferenceClusters)
        {
            var inCluster = listed.Where(p => p.Cluster == cluster).ToList();
            Assert.True(inCluster.Count >= 2, cluster);
            Assert.Contains(inCluster, p => p.State == ModerationState.Published);
        }
        Assert.All(listed, p => Assert.All(new[] { p.Title, p.Summary, p.UseOfFunds, p.StartupName, p.Description },
            text => Assert.False(string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Zh), $"{text.En} / {text.Zh}")));
        Assert.Contains(listed, p => p.State == ModerationState.Submitted);
        Assert.Contains(listed, p => p.State == ModerationState.Draft);
        Assert.Contains(listed, p => p.State == ModerationState.Closed);
        var confidentialCount = await app.QueryAsync(db => db.ProjectConfidentials
            .CountAsync(c => db.Projects.Any(p => p.Id == c.Id && projectKeys.Contains(p.ImportKey!)) && c.PreMoneyValuationAmount != null));
        Assert.Equal(projectKeys.Count, confidentialCount);
    }

    private async Task<ModerationQueueItem?> FindInQueueAsync(Guid projectId)
    {
        for (var page = 1; ; page++)
        {
            var queue = await app.SendAsync(new GetModerationQueue.Query(ProjectEntity.ContentType, page));
            if (queue.Items.Items.FirstOrDefault(i => i.ContentId == projectId) is { } item)
                return item;
            if (!queue.Items.HasNext)
                return null;
        }
    }

    /// <summary>Every row the import writes for startups and projects whose keys start with the prefix, as text.</summary>
    private Task<string> SnapshotAsync(string prefix) => app.QueryAsync(async db =>
    {
        var startups = await db.Startups.Where(s => s.ImportKey!.StartsWith(prefix)).OrderBy(s => s.ImportKey).ToListAsync();
        var startupIds = startups.Select(s => s.Id).ToList();
        var members = (await db.StartupMembers.Where(m => startupIds.Contains(m.StartupId)).ToListAsync())
            .OrderBy(m => m.StartupId).ThenBy(m => m.UserId).ToList();
        return JsonSerializer.Serialize(new { startups, members, rows = await ProjectRowsAsync(db, db.Projects.Where(p => p.ImportKey!.StartsWith(prefix))) });
    });

    private Task<string> DemoSnapshotAsync(List<string> projectKeys) => app.QueryAsync(async db =>
        JsonSerializer.Serialize(await ProjectRowsAsync(db, db.Projects.Where(p => projectKeys.Contains(p.ImportKey!)))));

    private static async Task<object> ProjectRowsAsync(Marketplace.Infrastructure.Persistence.AppDbContext db, IQueryable<ProjectEntity> projects)
    {
        var list = await projects.AsNoTracking().OrderBy(p => p.ImportKey).ToListAsync();
        var ids = list.Select(p => p.Id).ToList();
        var confidential = (await db.ProjectConfidentials.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync()).OrderBy(c => c.Id).ToList();
        var requests = (await db.ModerationRequests.AsNoTracking().Where(r => ids.Contains(r.ContentId)).ToListAsync()).OrderBy(r => r.Id).ToList();
        var keys = list.Select(p => p.ImportKey!).ToList();
        var records = (await db.ImportedRecords.AsNoTracking().Where(r => keys.Contains(r.Key)).ToListAsync()).OrderBy(r => r.Section).ThenBy(r => r.Key).ToList();
        var entityIds = ids.Select(i => i.ToString()).ToList();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.EntityId, a.Action, a.Changes }).ToListAsync();
        return new { list, confidential, requests, records, audit };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StartupProjectImportTestsOnSqlite(SqliteApp app) : StartupProjectImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StartupProjectImportTestsOnPostgreSql(PostgresApp app) : StartupProjectImportTests(app);
