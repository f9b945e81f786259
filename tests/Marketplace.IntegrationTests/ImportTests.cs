using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Application.Import;
using Marketplace.Domain.Clusters;
using Marketplace.Infrastructure;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Infrastructure.ImportFiles;

namespace Marketplace.IntegrationTests;

public abstract partial class ImportTests(MarketplaceApp app)
{
    [Fact]
    public async Task Importing_the_same_file_twice_leaves_the_same_rows()
    {
        var u = Unique();
        string[] clusterKeys = [$"c-{u}-a", $"c-{u}-b"];
        string[] userKeys = [$"{u}-1", $"{u}-2", $"{u}-3"];
        var file = File(
            [Cluster(clusterKeys[0]), Cluster(clusterKeys[1], "technology-breakthrough")],
            [
                User(userKeys[0], $"{u}-1@example.org", "founder", clusterKeys[0]),
                User(userKeys[1], $"{u}-2@example.org", "fund-manager", "beijing", "王芳", "zh-Hans"),
                User(userKeys[2], $"{u}-3@example.org", "admin"),
            ]);

        var first = await app.ImportAsync(file);
        Assert.Empty(first.Errors);
        Assert.Equal(2, first.For("clusters").Created);
        Assert.Equal(3, first.For("users").Created);
        var before = await SnapshotAsync(clusterKeys, userKeys);

        var second = await app.ImportAsync(file);

        Assert.Empty(second.Errors);
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(0, second.Created + second.Updated + second.Failed);
        Assert.Equal(before, await SnapshotAsync(clusterKeys, userKeys));
        Assert.Contains($"\"ImportKey\":\"{userKeys[0]}\"", before);
    }

    [Fact]
    public async Task A_changed_record_updates_its_row_by_key_and_the_audit_log_has_before_and_after()
    {
        var u = Unique();
        var clusterKey = $"c-{u}";
        var email = $"{u}@example.org";
        var first = await app.ImportAsync(File([Cluster(clusterKey, descriptionEn: "First description.")],
            [User(u, email, "founder", "beijing", "Li Wei")]));
        Assert.Empty(first.Errors);
        var (userId, clusterId) = await app.QueryAsync(async db => (
            await db.UserProfiles.Where(p => p.ImportKey == u).Select(p => p.Id).SingleAsync(),
            await db.Clusters.Where(c => c.Key == clusterKey).Select(c => c.Id).SingleAsync()));
        // A new account starts in its home cluster's time zone (the file gives none).
        Assert.Equal("Asia/Shanghai", await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == userId).Select(p => p.TimeZone).SingleAsync()));

        var changed = await app.ImportAsync(File([Cluster(clusterKey, "institution-supply", descriptionEn: "Second description.")],
            [User(u, email, "researcher", clusterKey, "Li Wei (PhD)", "zh-Hans")]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("clusters").Updated);
        Assert.Equal(1, changed.For("users").Updated);
        await app.QueryAsync(async db =>
        {
            var profile = await db.UserProfiles.SingleAsync(p => p.ImportKey == u);
            Assert.Equal(userId, profile.Id);
            Assert.Equal("Li Wei (PhD)", profile.DisplayName);
            Assert.Equal("researcher", profile.Role);
            Assert.Equal("zh-Hans", profile.Culture);
            Assert.Equal(clusterId, profile.HomeClusterId);
            // An update leaves the zone to its user.
            Assert.Equal("Asia/Shanghai", profile.TimeZone);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).ToListAsync();
            Assert.Equal(["researcher"], roles);
            Assert.Equal(1, await db.Users.CountAsync(x => x.Email == email));

            var cluster = await db.Clusters.SingleAsync(c => c.Key == clusterKey);
            Assert.Equal(clusterId, cluster.Id);
            Assert.Equal(DevelopmentMode.InstitutionSupply, cluster.Mode);
            Assert.Equal("Second description.", cluster.Description.En);

            var profileAudit = await db.AuditEntries.Where(a => a.EntityId == userId.ToString() && a.Action == "Modified").ToListAsync();
            var nameChange = profileAudit.Select(a => JsonDocument.Parse(a.Changes).RootElement)
                .Single(c => c.TryGetProperty("DisplayName", out _)).GetProperty("DisplayName");
            Assert.Equal("Li Wei", nameChange.GetProperty("before").GetString());
            Assert.Equal("Li Wei (PhD)", nameChange.GetProperty("after").GetString());
            Assert.All(profileAudit, a => Assert.Equal(ImportRunner.UseCaseName, a.UseCase));

            var clusterChange = (await db.AuditEntries.Where(a => a.EntityId == clusterId.ToString() && a.Action == "Modified").ToListAsync())
                .Select(a => JsonDocument.Parse(a.Changes).RootElement).Single();
            // The audit log writes enums by name, so it stays readable when enums gain members.
            Assert.Equal(nameof(DevelopmentMode.ApplicationScenario), clusterChange.GetProperty("Mode").GetProperty("before").GetString());
            Assert.Equal(nameof(DevelopmentMode.InstitutionSupply), clusterChange.GetProperty("Mode").GetProperty("after").GetString());
            Assert.Equal("First description.", clusterChange.GetProperty("Description.En").GetProperty("before").GetString());
            return true;
        });
        // An update is not an invitation: the one e-mail is from the creation.
        Assert.Single(app.MailTo(email));
    }

    [Theory]
    [InlineData("bad-email")]
    [InlineData("unknown-role")]
    [InlineData("unknown-mode")]
    [InlineData("duplicate-key")]
    [InlineData("missing-cluster")]
    [InlineData("unknown-field")]
    public async Task A_bad_record_is_named_by_section_key_and_field_and_nothing_of_it_is_written_while_the_others_import(string fault)
    {
        var u = Unique();
        var goodCluster = $"c-{u}-good";
        var badCluster = $"c-{u}-bad";
        var good = User($"{u}-good", $"{u}-good@example.org", "researcher", goodCluster);
        var badKey = $"{u}-bad";
        var badEmail = $"{u}-bad@example.org";
        List<object> clusters = [Cluster(goodCluster)];
        List<object> users = [good];
        var expected = ("users", badKey, "");
        switch (fault)
        {
            case "bad-email":
                badEmail = $"{u}-bad.example.org";
                users.Add(User(badKey, badEmail));
                expected = ("users", badKey, "email");
                break;
            case "unknown-role":
                users.Add(User(badKey, badEmail, "astronaut"));
                expected = ("users", badKey, "role");
                break;
            case "unknown-mode":
                clusters.Add(Cluster(badCluster, "orbital"));
                expected = ("clusters", badCluster, "mode");
                break;
            case "duplicate-key":
                users.Add(User(badKey, badEmail));
                users.Add(User(badKey, $"{u}-bad-twin@example.org"));
                expected = ("users", badKey, "key");
                break;
            case "missing-cluster":
                users.Add(User(badKey, badEmail, cluster: $"nowhere-{u}"));
                expected = ("users", badKey, "cluster");
                break;
            case "unknown-field":
                users.Add(new { key = badKey, email = badEmail, displayName = "X", role = "founder", twitter = "@x" });
                expected = ("users", badKey, "twitter");
                break;
        }

        var result = await app.ImportAsync(File(clusters, users));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == expected && e.Message.Length > 0);
        Assert.Equal(fault == "duplicate-key" ? 2 : 1, result.Failed);
        Assert.Equal(1, result.For("clusters").Created);
        Assert.Equal(1, result.For("users").Created);
        await app.QueryAsync(async db =>
        {
            Assert.True(await db.UserProfiles.AnyAsync(p => p.ImportKey == $"{u}-good" && p.HomeClusterId != null));
            Assert.True(await db.Clusters.AnyAsync(c => c.Key == goodCluster));
            Assert.False(await db.Clusters.AnyAsync(c => c.Key == badCluster));
            Assert.False(await db.UserProfiles.AnyAsync(p => p.ImportKey == badKey));
            Assert.False(await db.Users.AnyAsync(x => x.Email!.StartsWith($"{u}-bad")));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key == badKey || r.Key == badCluster));
            return true;
        });
        Assert.Empty(app.MailTo(badEmail));
    }

    [Fact]
    public async Task A_record_referring_to_a_bad_record_of_the_file_is_not_imported_either()
    {
        var u = Unique();
        var result = await app.ImportAsync(File([Cluster($"c-{u}", "orbital")], [User(u, $"{u}@example.org", cluster: $"c-{u}")]));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("users", u, "cluster"));
        Assert.False(await app.QueryAsync(db => db.UserProfiles.AnyAsync(p => p.ImportKey == u)));
    }

    [Fact]
    public async Task A_file_that_is_not_an_import_file_is_refused_whole()
    {
        await Assert.ThrowsAsync<ImportFileException>(() => app.ImportAsync("{ \"users\": [] }"));
        await Assert.ThrowsAsync<ImportFileException>(() => app.ImportAsync("{ \"format\": \"marketplace-import/1\", "));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var u = Unique();
        var clusterKey = $"c-{u}";
        var result = await app.ImportAsync(File([Cluster(clusterKey)],
            [User($"{u}-1", $"{u}-1@example.org", cluster: clusterKey), User($"{u}-2", $"{u}-2@example.org", role: "pilot")]),
            new ImportOptions(DryRun: true));

        Assert.True(result.DryRun);
        Assert.Equal(1, result.For("clusters").Created);
        Assert.Equal(1, result.For("users").Created);
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("users", $"{u}-2", "role"));
        await app.QueryAsync(async db =>
        {
            Assert.False(await db.Clusters.AnyAsync(c => c.Key == clusterKey));
            Assert.False(await db.Users.AnyAsync(x => x.Email!.StartsWith(u)));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key.StartsWith(u) || r.Key == clusterKey));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains(u)));
            return true;
        });
        Assert.Empty(app.MailTo($"{u}-1@example.org"));
    }

    [Fact]
    public async Task An_import_stopped_half_way_completes_when_run_again_and_duplicates_nothing()
    {
        var u = Unique();
        var emails = Enumerable.Range(1, 6).Select(i => $"{u}-{i}@example.org").ToList();
        var file = File(users: emails.Select((e, i) => User($"{u}-{i + 1}", e, cluster: "shenzhen")));
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            app.ImportAsync(file, onProgress: p => { if (p.Done == 3) stop.Cancel(); }, ct: stop.Token));
        Assert.Equal(3, await app.QueryAsync(db => db.Users.CountAsync(x => emails.Contains(x.Email!))));

        var resumed = await app.ImportAsync(file);

        Assert.Empty(resumed.Errors);
        Assert.Equal(3, resumed.For("users").Created);
        Assert.Equal(3, resumed.For("users").Unchanged);
        await app.QueryAsync(async db =>
        {
            foreach (var email in emails)
                Assert.Equal(1, await db.Users.CountAsync(x => x.Email == email));
            Assert.Equal(6, await db.UserProfiles.CountAsync(p => p.ImportKey!.StartsWith(u + "-")));
            Assert.Equal(6, await db.ImportedRecords.CountAsync(r => r.Section == "users" && r.Key.StartsWith(u + "-")));
            return true;
        });
        Assert.All(emails, e => Assert.Single(app.MailTo(e)));
    }

    [Fact]
    public async Task An_imported_user_gets_an_invitation_whose_link_sets_the_password()
    {
        var u = Unique();
        var email = $"{u}@example.org";
        var result = await app.ImportAsync(File(users: [User(u, email, "fund-manager", "london", "Charlotte Hughes")]));
        Assert.Empty(result.Errors);
        Assert.Null(await app.QueryAsync(db => db.Users.Where(x => x.Email == email).Select(x => x.PasswordHash).SingleAsync()));

        var invitation = Assert.Single(app.MailTo(email));
        Assert.Equal("You are invited to Marketplace", invitation.Subject);
        var link = new Uri(LinkPattern().Match(invitation.TextBody ?? "").Value);
        Assert.Equal("/account/reset-password", link.AbsolutePath);

        using var client = app.NewClient();
        const string password = "my own imported passphrase";
        var set = await client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Password"] = password, ["ConfirmPassword"] = password });
        Assert.Equal(HttpStatusCode.Redirect, set.Status);
        var signedIn = await Users.SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/dashboard", signedIn.Location?.OriginalString);
    }

    [Fact]
    public async Task An_invitation_is_written_in_the_users_language()
    {
        var u = Unique();
        var email = $"{u}@example.com";
        await app.ImportAsync(File(users: [User(u, email, culture: "zh-Hans", displayName: "陈静")]));
        Assert.Equal("您受邀加入 Marketplace", Assert.Single(app.MailTo(email)).Subject);
    }

    [Fact]
    public async Task With_a_password_for_all_the_accounts_sign_in_with_it_and_get_no_invitation()
    {
        var u = Unique();
        var email = $"{u}@example.org";
        const string password = "shared demo passphrase";
        var result = await app.ImportAsync(File(users: [User(u, email)]), new ImportOptions(PasswordForAll: password));
        Assert.Empty(result.Errors);
        Assert.Empty(app.MailTo(email));

        using var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Users.SignInAsync(client, email, password)).Status);
    }

    [Fact]
    public async Task The_demo_file_imports_every_member_into_their_cluster_and_a_second_run_changes_nothing()
    {
        var json = await System.IO.File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var demoKeys = JsonDocument.Parse(json).RootElement.GetProperty("users").EnumerateArray()
            .Select(e => (Key: e.GetProperty("key").GetString()!, Cluster: e.TryGetProperty("cluster", out var c) ? c.GetString() : null))
            .ToList();

        var first = await app.ImportAsync(json, new ImportOptions(PasswordForAll: "demo passphrase for tests"));
        Assert.Empty(first.Errors);
        var userKeys = demoKeys.Select(k => k.Key).ToList();
        var before = await SnapshotAsync([], userKeys);

        var second = await app.ImportAsync(json);

        Assert.Empty(second.Errors);
        Assert.Equal(demoKeys.Count, second.For("users").Unchanged);
        Assert.Equal(before, await SnapshotAsync([], userKeys));
        var homes = await app.QueryAsync(db => (
            from p in db.UserProfiles
            where userKeys.Contains(p.ImportKey!)
            join c in db.Clusters on p.HomeClusterId equals c.Id into cs
            from c in cs.DefaultIfEmpty()
            select new { p.ImportKey, Cluster = c == null ? null : c.Key }).ToListAsync());
        Assert.Equal(demoKeys.OrderBy(k => k.Key).Select(k => (k.Key, k.Cluster)), homes.OrderBy(h => h.ImportKey).Select(h => (Key: h.ImportKey!, Cluster: (string?)h.Cluster)));
        Assert.Equal(Marketplace.Domain.Common.Codes.ReferenceClusters.Order(), demoKeys.Select(k => k.Cluster).OfType<string>().Distinct().Order());
    }

    /// <summary>Every row an import writes for these keys, as text: equal snapshots mean nothing changed.</summary>
    private Task<string> SnapshotAsync(IReadOnlyCollection<string> clusterKeys, IReadOnlyCollection<string> userKeys) => app.QueryAsync(async db =>
    {
        var clusters = await db.Clusters.Where(c => clusterKeys.Contains(c.Key)).OrderBy(c => c.Key)
            .Select(c => new { c.Id, c.Key, c.Name.En, c.Name.Zh, c.CountryCode, c.Region, c.Mode, c.ImportKey, c.Version, c.UpdatedAt })
            .ToListAsync();
        var profiles = await db.UserProfiles.Where(p => userKeys.Contains(p.ImportKey!)).OrderBy(p => p.ImportKey)
            .Select(p => new { p.Id, p.ImportKey, p.DisplayName, p.Role, p.Culture, p.HomeClusterId, p.Version, p.UpdatedAt })
            .ToListAsync();
        var ids = profiles.Select(p => p.Id).ToList();
        var users = (await db.Users.Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Email, x.UserName, x.SecurityStamp, x.ConcurrencyStamp, x.PasswordHash }).ToListAsync())
            .OrderBy(x => x.Email).ToList();
        var roles = (await db.UserRoles.Where(r => ids.Contains(r.UserId)).ToListAsync())
            .Select(r => $"{r.UserId}:{r.RoleId}").Order().ToList();
        var records = (await db.ImportedRecords
                .Where(r => (r.Section == "clusters" && clusterKeys.Contains(r.Key)) || (r.Section == "users" && userKeys.Contains(r.Key)))
                .ToListAsync())
            .OrderBy(r => r.Section).ThenBy(r => r.Key).ToList();
        var entityIds = ids.Concat(clusters.Select(c => c.Id)).Select(i => i.ToString()).ToList();
        var audit = await db.AuditEntries.Where(a => entityIds.Contains(a.EntityId)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.EntityId, a.Action, a.Changes }).ToListAsync();
        return JsonSerializer.Serialize(new { clusters, profiles, users, roles, records, audit });
    });

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class ImportTestsOnSqlite(SqliteApp app) : ImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportTestsOnPostgreSql(PostgresApp app) : ImportTests(app);
