using System.Text.Json;
using Marketplace.Application.Import;
using Marketplace.Application.Moderation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Researchers;
using PositionEntity = Marketplace.Domain.Positions.Position;
using Marketplace.Infrastructure;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Infrastructure.ImportFiles;

namespace Marketplace.IntegrationTests;

/// <summary>The "researchers" and "positions" sections of the import (docs/import-format.md) and the demo talent.</summary>
public abstract class TalentImportTests(MarketplaceApp app)
{
    /// <summary>A researcher, a founder with a startup and a fund manager with a fund, all keyed by <paramref name="u"/>.</summary>
    private static (List<object> Users, List<object> Startups, List<object> Funds) People(string u, string cluster = "hangzhou") => (
        [
            User($"{u}-r", $"{u}-r@example.org", "researcher", "montreal"),
            User($"{u}-f1", $"{u}-f1@example.org", "founder", cluster),
            User($"{u}-f2", $"{u}-f2@example.org", "founder", cluster),
            User($"{u}-m", $"{u}-m@example.org", "fund-manager", cluster),
        ],
        [Startup($"{u}-s", [$"{u}-f1", $"{u}-f2"], cluster)],
        [Fund($"{u}-fund", [$"{u}-m"], "venture-capital", cluster)]);

    [Fact]
    public async Task A_researcher_profile_imports_with_every_field_normalised_and_its_skills_remembered()
    {
        var u = Unique();
        var (users, _, _) = People(u);
        var skill = $"Tool {u}";

        var result = await app.ImportAsync(File(users: users, researchers:
            [Researcher($"{u}-rp", $"{u}-r", "verified-organisations", skills: ["PyTorch", skill, " Distributed  Training ", "pytorch"])]));

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.For("researchers").Created);
        await app.QueryAsync(async db =>
        {
            var userId = await db.UserProfiles.Where(p => p.ImportKey == $"{u}-r").Select(p => p.Id).SingleAsync();
            var profile = await db.ResearcherProfiles.SingleAsync(r => r.ImportKey == $"{u}-rp");
            Assert.Equal(userId, profile.Id);
            Assert.Equal(("NLP researcher", "自然语言处理研究员"), (profile.Headline.En, profile.Headline.Zh));
            Assert.Equal(("Works on multilingual language models.", "研究多语言大模型。"), (profile.Summary.En, profile.Summary.Zh));
            Assert.Equal(("Université de Montréal", "蒙特利尔大学", "university"), (profile.Affiliation.En, profile.Affiliation.Zh, profile.AffiliationType));
            Assert.Equal(["nlp", "multimodal"], profile.ResearchAreas);
            Assert.Equal(["pytorch", $"tool-{u}", "distributed-training"], profile.Skills);
            Assert.Equal(("phd", 6), (profile.Degree, profile.YearsExperience));
            Assert.Equal("0000-0002-1825-0097", profile.Orcid);
            Assert.Equal(
                [
                    new Publication("Cross-lingual transfer for low-resource parsing", "ACL", 2024, "10.18653/v1/2024.acl-long.1", null),
                    new Publication("A survey of tokenisers", "arXiv", 2023, null, "https://arxiv.org/abs/2301.00001"),
                ],
                profile.Publications);
            Assert.Equal(["https://example.org/~researcher"], profile.Links);
            Assert.Equal(["shenzhen", "montreal"], profile.DesiredClusterKeys);
            Assert.Equal(["full-time", "postdoc"], profile.PositionTypes);
            Assert.Equal((true, new DateOnly(2027, 3, 1)), (profile.OpenToRelocation, profile.AvailableFrom));
            Assert.Equal((150_000L, "CAD"), (profile.SalaryExpectationAmount, profile.SalaryExpectationCurrency));
            Assert.Equal(ResearcherVisibility.VerifiedOrganisations, profile.Visibility);
            Assert.True(await db.SkillTags.AnyAsync(t => t.Name == $"tool-{u}"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == userId.ToString() && a.EntityType == nameof(ResearcherProfile) && a.Action == "Added"));
            return true;
        });
    }

    [Fact]
    public async Task A_profile_without_a_visibility_is_hidden_and_the_optional_fields_stay_empty()
    {
        var u = Unique();
        var result = await app.ImportAsync(File(users: [User($"{u}-r", $"{u}-r@example.org", "researcher")],
            researchers: [new { key = $"{u}-rp", user = $"{u}-r", headline = new { zh = "语音研究员" } }]));

        Assert.Empty(result.Errors);
        var profile = await app.QueryAsync(db => db.ResearcherProfiles.AsNoTracking().SingleAsync(r => r.ImportKey == $"{u}-rp"));
        Assert.Equal((ResearcherVisibility.Hidden, (string?)null, "语音研究员"), (profile.Visibility, profile.Headline.En, profile.Headline.Zh));
        Assert.Equal((null, null, null, false), (profile.Orcid, profile.SalaryExpectationAmount, profile.AvailableFrom, profile.OpenToRelocation));
        Assert.Empty(profile.Publications);
        Assert.Empty(profile.Skills);
    }

    [Fact]
    public async Task Positions_import_for_a_startup_and_a_fund_in_the_name_of_their_first_owner_or_manager()
    {
        var u = Unique();
        var (users, startups, funds) = People(u, "shenzhen");

        var result = await app.ImportAsync(File(users: users, startups: startups, funds: funds, positions:
        [
            Position($"{u}-p1", startup: $"{u}-s", cluster: "shenzhen", skills: ["ROS", "Motion Planning"]),
            Position($"{u}-p2", fund: $"{u}-fund", type: "advisor", cluster: null, remote: true, compensation: new { max = 90_000L, currency = "USD" },
                deadline: null, status: "draft", minDegree: null),
            Position($"{u}-p3", startup: $"{u}-s", type: "internship", cluster: "shenzhen", status: "closed", publishedAt: "2026-01-05T08:00:00Z"),
            Position($"{u}-p4", startup: $"{u}-s", type: "postdoc", cluster: "shenzhen", status: "closed", closedReason: "filled"),
        ]));

        Assert.Empty(result.Errors);
        Assert.Equal(4, result.For("positions").Created);
        await app.QueryAsync(async db =>
        {
            var startupId = await db.Startups.Where(s => s.ImportKey == $"{u}-s").Select(s => s.Id).SingleAsync();
            var fundId = await db.Funds.Where(f => f.ImportKey == $"{u}-fund").Select(f => f.Id).SingleAsync();
            var firstOwner = await db.StartupMembers.Where(m => m.StartupId == startupId).OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).Select(m => m.UserId).FirstAsync();
            var manager = await db.UserProfiles.Where(p => p.ImportKey == $"{u}-m").Select(p => p.Id).SingleAsync();
            var shenzhen = await db.Clusters.Where(c => c.Key == "shenzhen").Select(c => c.Id).SingleAsync();
            var positions = await db.Positions.AsNoTracking().Where(p => p.ImportKey!.StartsWith(u)).ToDictionaryAsync(p => p.ImportKey!);

            var p1 = positions[$"{u}-p1"];
            Assert.Equal((startupId, (Guid?)null, firstOwner), (p1.StartupId!.Value, p1.FundId, p1.CreatedById));
            Assert.Equal(("Robotics engineer", "机器人工程师"), (p1.Title.En, p1.Title.Zh));
            Assert.Equal("为仓储机器人开发操作策略。", p1.Description.Zh);
            Assert.Equal(("full-time", "master", 3), (p1.Type, p1.MinDegree, p1.MinYearsExperience));
            Assert.Equal(["robotics", "reinforcement-learning"], p1.ResearchAreas);
            Assert.Equal(["ros", "motion-planning"], p1.Skills);
            Assert.Equal((shenzhen, false), (p1.ClusterId!.Value, p1.Remote));
            Assert.Equal((400_000L, 700_000L, "CNY"), (p1.CompensationMin!.Value, p1.CompensationMax!.Value, p1.CompensationCurrency));
            Assert.Equal((true, true, new DateOnly(2027, 6, 30)), (p1.VisaSupport, p1.RelocationSupport, p1.Deadline!.Value));
            Assert.Equal(ModerationState.Published, p1.State);
            Assert.NotNull(p1.PublishedAt);
            Assert.Null(p1.ClosedAt);

            var p2 = positions[$"{u}-p2"];
            Assert.Equal(((Guid?)null, fundId, manager), (p2.StartupId, p2.FundId!.Value, p2.CreatedById));
            Assert.Equal(((Guid?)null, true, (long?)null, 90_000L, "USD"), (p2.ClusterId, p2.Remote, p2.CompensationMin, p2.CompensationMax!.Value, p2.CompensationCurrency));
            Assert.Equal((ModerationState.Draft, (DateOnly?)null, (DateTime?)null, (string?)null), (p2.State, p2.Deadline, p2.PublishedAt, p2.MinDegree));

            var p3 = positions[$"{u}-p3"];
            Assert.Equal((ModerationState.Closed, PositionClosedReasons.Withdrawn), (p3.State, p3.ClosedReason));
            Assert.Equal(new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc), p3.PublishedAt);
            Assert.NotNull(p3.ClosedAt);
            Assert.Equal((ModerationState.Closed, PositionClosedReasons.Filled), (positions[$"{u}-p4"].State, positions[$"{u}-p4"].ClosedReason));
            Assert.True(await db.SkillTags.AnyAsync(t => t.Name == "motion-planning"));
            return true;
        });
    }

    [Fact]
    public async Task A_startup_record_may_set_the_verified_badge_and_one_that_does_not_say_leaves_it()
    {
        var u = Unique();
        var users = new[] { User($"{u}-f", $"{u}-f@example.org", "founder", "london") };
        Assert.Empty((await app.ImportAsync(File(users: users, startups: [Startup($"{u}-s", [$"{u}-f"], "london", verified: true)]))).Errors);
        Assert.True(await app.QueryAsync(db => db.Startups.Where(s => s.ImportKey == $"{u}-s").Select(s => s.IsVerified).SingleAsync()));

        var changed = await app.ImportAsync(File(users: users, startups: [Startup($"{u}-s", [$"{u}-f"], "london", stage: "series-b")]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("startups").Updated);
        Assert.Equal(("series-b", true), await app.QueryAsync(db => db.Startups.Where(s => s.ImportKey == $"{u}-s")
            .Select(s => new { s.Stage, s.IsVerified }).SingleAsync().ContinueWith(t => (t.Result.Stage, t.Result.IsVerified))));
    }

    [Fact]
    public async Task Importing_the_same_researchers_and_positions_twice_changes_nothing()
    {
        var u = Unique();
        var (users, startups, funds) = People(u);
        users.Add(User($"{u}-r2", $"{u}-r2@example.org", "researcher", "toronto"));
        var file = File(users: users, startups: startups, funds: funds,
            researchers: [Researcher($"{u}-rp1", $"{u}-r"), Researcher($"{u}-rp2", $"{u}-r2", "hidden", orcid: null, publications: Array.Empty<object>())],
            positions:
            [
                Position($"{u}-p1", startup: $"{u}-s"),
                Position($"{u}-p2", fund: $"{u}-fund", status: "submitted"),
                Position($"{u}-p3", startup: $"{u}-s", status: "closed", closedReason: "deadline", publishedAt: "2026-02-01T00:00:00Z"),
                Position($"{u}-p4", fund: $"{u}-fund", status: "draft", remote: true, cluster: null),
            ]);
        var first = await app.ImportAsync(file);
        Assert.Empty(first.Errors);
        var before = await SnapshotAsync(u);

        var second = await app.ImportAsync(file);

        Assert.Empty(second.Errors);
        Assert.Equal((2, 4), (second.For("researchers").Unchanged, second.For("positions").Unchanged));
        Assert.Equal(0, second.Created + second.Updated + second.Failed);
        Assert.Equal(before, await SnapshotAsync(u));
    }

    [Fact]
    public async Task A_changed_profile_updates_by_key_keeps_the_researchers_visibility_when_the_record_does_not_say_and_the_audit_log_has_before_and_after()
    {
        var u = Unique();
        var users = new[] { User($"{u}-r", $"{u}-r@example.org", "researcher", "london") };
        Assert.Empty((await app.ImportAsync(File(users: users, researchers: [Researcher($"{u}-rp", $"{u}-r", "public")]))).Errors);
        var id = await app.QueryAsync(async db =>
        {
            var profile = await db.ResearcherProfiles.SingleAsync(r => r.ImportKey == $"{u}-rp");
            // The researcher hides the profile on the site.
            profile.Visibility = ResearcherVisibility.Hidden;
            await db.SaveChangesAsync();
            return profile.Id;
        });

        var changed = await app.ImportAsync(File(users: users, researchers:
        [
            Researcher($"{u}-rp", $"{u}-r", visibility: null, headlineEn: "Speech researcher", researchAreas: ["speech"],
                publications: new[] { new { title = "Streaming ASR", venue = "Interspeech", year = 2025, doi = "doi:10.21437/Interspeech.2025-1" } }),
        ]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("researchers").Updated);
        await app.QueryAsync(async db =>
        {
            var profile = await db.ResearcherProfiles.SingleAsync(r => r.ImportKey == $"{u}-rp");
            Assert.Equal(id, profile.Id);
            Assert.Equal(("Speech researcher", ResearcherVisibility.Hidden), (profile.Headline.En, profile.Visibility));
            Assert.Equal(["speech"], profile.ResearchAreas);
            Assert.Equal([new Publication("Streaming ASR", "Interspeech", 2025, "10.21437/Interspeech.2025-1", null)], profile.Publications);
            Assert.Equal(1, await db.ResearcherProfiles.CountAsync(r => r.Id == id));

            var line = (await db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.EntityType == nameof(ResearcherProfile)
                    && a.Action == "Modified" && a.UseCase == ImportRunner.UseCaseName).ToListAsync())
                .Select(a => JsonDocument.Parse(a.Changes).RootElement).Single();
            Assert.Equal("NLP researcher", line.GetProperty("Headline.En").GetProperty("before").GetString());
            Assert.Equal("Speech researcher", line.GetProperty("Headline.En").GetProperty("after").GetString());
            Assert.False(line.TryGetProperty("Visibility", out _));
            return true;
        });

        // A record that names a visibility sets it.
        Assert.Empty((await app.ImportAsync(File(users: users, researchers: [Researcher($"{u}-rp", $"{u}-r", "verified-organisations")]))).Errors);
        Assert.Equal(ResearcherVisibility.VerifiedOrganisations, await app.QueryAsync(db => db.ResearcherProfiles.Where(r => r.Id == id).Select(r => r.Visibility).SingleAsync()));
    }

    [Fact]
    public async Task A_changed_position_updates_by_key_and_closing_it_keeps_its_publication_time_with_the_audit_log_before_and_after()
    {
        var u = Unique();
        var (users, startups, funds) = People(u, "singapore");
        Assert.Empty((await app.ImportAsync(File(users: users, startups: startups, funds: funds,
            positions: [Position($"{u}-p", startup: $"{u}-s", cluster: "singapore", compensation: new { min = 90_000L, max = 120_000L, currency = "SGD" })]))).Errors);
        var (id, publishedAt) = await app.QueryAsync(db => db.Positions.Where(p => p.ImportKey == $"{u}-p")
            .Select(p => new { p.Id, p.PublishedAt }).SingleAsync().ContinueWith(t => (t.Result.Id, t.Result.PublishedAt)));

        var changed = await app.ImportAsync(File(users: users, startups: startups, funds: funds,
            positions: [Position($"{u}-p", startup: $"{u}-s", cluster: "singapore", titleEn: "Senior robotics engineer", status: "closed", deadline: "2027-01-31",
                compensation: new { min = 100_000L, max = 130_000L, currency = "SGD" })]));

        Assert.Empty(changed.Errors);
        Assert.Equal(1, changed.For("positions").Updated);
        await app.QueryAsync(async db =>
        {
            var position = await db.Positions.SingleAsync(p => p.ImportKey == $"{u}-p");
            Assert.Equal(id, position.Id);
            Assert.Equal(("Senior robotics engineer", 100_000L, new DateOnly(2027, 1, 31)), (position.Title.En, position.CompensationMin!.Value, position.Deadline!.Value));
            Assert.Equal((ModerationState.Closed, PositionClosedReasons.Withdrawn, publishedAt), (position.State, position.ClosedReason, position.PublishedAt));
            Assert.NotNull(position.ClosedAt);

            var line = (await db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.Action == "Modified").ToListAsync())
                .Select(a => JsonDocument.Parse(a.Changes).RootElement).Single();
            Assert.Equal("Robotics engineer", line.GetProperty("Title.En").GetProperty("before").GetString());
            Assert.Equal("Published", line.GetProperty("State").GetProperty("before").GetString());
            Assert.Equal("Closed", line.GetProperty("State").GetProperty("after").GetString());
            Assert.Equal(90_000L, line.GetProperty("CompensationMin").GetProperty("before").GetInt64());
            return true;
        });
    }

    [Fact]
    public async Task A_submitted_position_waits_in_the_moderation_queue_once_and_leaves_it_when_the_file_publishes_it()
    {
        var u = Unique();
        var (users, startups, funds) = People(u, "toronto");
        string File(string status, string title) => ImportFiles.File(users: users, startups: startups, funds: funds,
            positions: [Position($"{u}-p", fund: $"{u}-fund", cluster: "toronto", status: status, titleEn: title)]);
        Assert.Empty((await app.ImportAsync(File("submitted", $"Queue me {u}"))).Errors);
        var (positionId, managerId) = await app.QueryAsync(async db => (
            await db.Positions.Where(p => p.ImportKey == $"{u}-p").Select(p => p.Id).SingleAsync(),
            await db.UserProfiles.Where(p => p.ImportKey == $"{u}-m").Select(p => p.Id).SingleAsync()));

        var item = await FindInQueueAsync(positionId);
        Assert.NotNull(item);
        Assert.Equal((PositionEntity.ContentType, ModerationKind.Publication, managerId, $"Queue me {u}"), (item.ContentType, item.Kind, item.SubmittedById, item.Summary));

        Assert.Empty((await app.ImportAsync(File("submitted", $"Queue me again {u}"))).Errors);
        Assert.Equal(1, await app.QueryAsync(db => db.ModerationRequests.CountAsync(r => r.ContentId == positionId)));
        Assert.Empty((await app.ImportAsync(File("published", $"Queue me again {u}"))).Errors);

        Assert.Null(await FindInQueueAsync(positionId));
        await app.QueryAsync(async db =>
        {
            var position = await db.Positions.SingleAsync(p => p.Id == positionId);
            Assert.Equal(ModerationState.Published, position.State);
            Assert.NotNull(position.PublishedAt);
            Assert.Equal(ModerationDecision.Withdrawn, await db.ModerationRequests.Where(r => r.ContentId == positionId).Select(r => r.Decision).SingleAsync());
            return true;
        });
    }

    [Theory]
    [InlineData("bad-orcid-check-digit")]
    [InlineData("orcid-not-an-id")]
    [InlineData("bad-doi")]
    [InlineData("publication-without-doi-or-url")]
    [InlineData("bad-publication-url")]
    [InlineData("publication-without-title")]
    [InlineData("unknown-user")]
    [InlineData("user-not-researcher")]
    [InlineData("unknown-research-area")]
    [InlineData("bad-skill")]
    [InlineData("unknown-degree")]
    [InlineData("unknown-affiliation-type")]
    [InlineData("unknown-visibility")]
    [InlineData("unknown-desired-cluster")]
    [InlineData("unknown-position-type")]
    [InlineData("bad-link")]
    [InlineData("bad-available-from")]
    [InlineData("salary-currency-without-rate")]
    [InlineData("negative-experience")]
    [InlineData("unknown-field")]
    [InlineData("both-posters")]
    [InlineData("no-poster")]
    [InlineData("unknown-startup")]
    [InlineData("unknown-fund")]
    [InlineData("unknown-type")]
    [InlineData("no-title")]
    [InlineData("no-cluster-and-not-remote")]
    [InlineData("unknown-cluster")]
    [InlineData("unknown-area-of-position")]
    [InlineData("unknown-min-degree")]
    [InlineData("compensation-min-above-max")]
    [InlineData("compensation-without-bounds")]
    [InlineData("compensation-currency-without-rate")]
    [InlineData("bad-deadline")]
    [InlineData("unknown-status")]
    [InlineData("closed-reason-when-published")]
    [InlineData("unknown-closed-reason")]
    [InlineData("published-at-of-a-draft")]
    public async Task A_bad_researcher_or_position_is_named_by_section_key_and_field_and_nothing_of_it_is_written_while_the_others_import(string fault)
    {
        var u = Unique();
        var (users, startups, funds) = People(u, "beijing");
        users.Add(User($"{u}-r2", $"{u}-r2@example.org", "researcher", "beijing"));
        List<object> researchers = [Researcher($"{u}-good-r", $"{u}-r")];
        List<object> positions = [Position($"{u}-good-p", startup: $"{u}-s", cluster: "beijing")];
        var bad = $"{u}-bad";
        (string Section, string Field) expected = ("", "");
        void BadResearcher(object record, string field)
        {
            researchers.Add(record);
            expected = ("researchers", field);
        }
        void BadPosition(object record, string field)
        {
            positions.Add(record);
            expected = ("positions", field);
        }
        var r2 = $"{u}-r2";
        var publication = new { title = "Paper", venue = "NeurIPS", year = 2024, doi = "10.5555/3600270.3600271" };
        switch (fault)
        {
            // 0000-0002-1825-0097 is valid: the last digit 8 breaks the ISO 7064 check.
            case "bad-orcid-check-digit": BadResearcher(Researcher(bad, r2, orcid: "0000-0002-1825-0098"), "orcid"); break;
            case "orcid-not-an-id": BadResearcher(Researcher(bad, r2, orcid: "orcid please"), "orcid"); break;
            case "bad-doi":
                BadResearcher(Researcher(bad, r2, publications: new object[] { publication, new { title = "Bad", year = 2024, doi = "11.1234/x" } }), "publications[1].doi");
                break;
            case "publication-without-doi-or-url":
                BadResearcher(Researcher(bad, r2, publications: new[] { new { title = "Nowhere", venue = "ICML", year = 2024 } }), "publications[0].doi");
                break;
            case "bad-publication-url":
                BadResearcher(Researcher(bad, r2, publications: new[] { new { title = "Paper", year = 2024, url = "ftp://example.org/paper.pdf" } }), "publications[0].url");
                break;
            case "publication-without-title":
                BadResearcher(Researcher(bad, r2, publications: new[] { new { title = " ", year = 2024, doi = "10.1234/abc" } }), "publications[0].title");
                break;
            case "unknown-user": BadResearcher(Researcher(bad, $"{u}-nobody"), "user"); break;
            case "user-not-researcher": BadResearcher(Researcher(bad, $"{u}-f1"), "user"); break;
            case "unknown-research-area": BadResearcher(Researcher(bad, r2, researchAreas: ["nlp", "astrology"]), "researchAreas[1]"); break;
            case "bad-skill": BadResearcher(Researcher(bad, r2, skills: ["pytorch", "c/c++"]), "skills[1]"); break;
            case "unknown-degree": BadResearcher(Researcher(bad, r2, degree: "doctorate"), "degree"); break;
            case "unknown-affiliation-type": BadResearcher(Researcher(bad, r2, affiliationType: "government"), "affiliationType"); break;
            case "unknown-visibility": BadResearcher(Researcher(bad, r2, "friends-only"), "visibility"); break;
            case "unknown-desired-cluster": BadResearcher(Researcher(bad, r2, desiredClusters: ["shenzhen", $"nowhere-{u}"]), "desiredClusters"); break;
            case "unknown-position-type": BadResearcher(Researcher(bad, r2, positionTypes: ["gig"]), "positionTypes[0]"); break;
            case "bad-link": BadResearcher(Researcher(bad, r2, links: ["javascript:alert(1)"]), "links[0]"); break;
            case "bad-available-from": BadResearcher(Researcher(bad, r2, availableFrom: "01/03/2027"), "availableFrom"); break;
            case "salary-currency-without-rate":
                BadResearcher(Researcher(bad, r2, salaryExpectation: new { amount = 100_000L, currency = "BRL" }), "salaryExpectation.currency");
                break;
            case "negative-experience": BadResearcher(new { key = bad, user = r2, yearsExperience = -1 }, "yearsExperience"); break;
            case "unknown-field": BadResearcher(new { key = bad, user = r2, hIndex = 40 }, "hIndex"); break;
            case "both-posters": BadPosition(Position(bad, startup: $"{u}-s", fund: $"{u}-fund", cluster: "beijing"), "startup"); break;
            case "no-poster": BadPosition(Position(bad, cluster: "beijing"), "startup"); break;
            case "unknown-startup": BadPosition(Position(bad, startup: $"{u}-nostartup", cluster: "beijing"), "startup"); break;
            case "unknown-fund": BadPosition(Position(bad, fund: $"{u}-nofund", cluster: "beijing"), "fund"); break;
            case "unknown-type": BadPosition(Position(bad, startup: $"{u}-s", type: "gig", cluster: "beijing"), "type"); break;
            case "no-title": BadPosition(new { key = bad, startup = $"{u}-s", type = "full-time", cluster = "beijing" }, "title"); break;
            case "no-cluster-and-not-remote": BadPosition(Position(bad, startup: $"{u}-s", cluster: null), "cluster"); break;
            case "unknown-cluster": BadPosition(Position(bad, startup: $"{u}-s", cluster: $"nowhere-{u}"), "cluster"); break;
            case "unknown-area-of-position": BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", researchAreas: ["alchemy"]), "researchAreas[0]"); break;
            case "unknown-min-degree": BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", minDegree: "mba"), "minDegree"); break;
            case "compensation-min-above-max":
                BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", compensation: new { min = 10L, max = 5L, currency = "CNY" }), "compensation.min");
                break;
            case "compensation-without-bounds":
                BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", compensation: new { currency = "CNY" }), "compensation");
                break;
            case "compensation-currency-without-rate":
                BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", compensation: new { min = 1L, currency = "XYZ" }), "compensation.currency");
                break;
            case "bad-deadline": BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", deadline: "2027-02-30"), "deadline"); break;
            case "unknown-status": BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", status: "open"), "status"); break;
            case "closed-reason-when-published": BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", closedReason: "filled"), "closedReason"); break;
            case "unknown-closed-reason":
                BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", status: "closed", closedReason: "bored"), "closedReason");
                break;
            case "published-at-of-a-draft":
                BadPosition(Position(bad, startup: $"{u}-s", cluster: "beijing", status: "draft", publishedAt: "2026-01-01T00:00:00Z"), "publishedAt");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(fault));
        }

        var result = await app.ImportAsync(File(users: users, startups: startups, funds: funds, researchers: researchers, positions: positions));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == (expected.Section, bad, expected.Field) && e.Message.Length > 0);
        Assert.Equal(1, result.Failed);
        Assert.Equal((1, 1), (result.For("researchers").Created, result.For("positions").Created));
        await app.QueryAsync(async db =>
        {
            Assert.True(await db.ResearcherProfiles.AnyAsync(r => r.ImportKey == $"{u}-good-r"));
            Assert.True(await db.Positions.AnyAsync(p => p.ImportKey == $"{u}-good-p"));
            Assert.False(await db.ResearcherProfiles.AnyAsync(r => r.ImportKey == bad || db.UserProfiles.Any(p => p.Id == r.Id && p.ImportKey == r2)));
            Assert.False(await db.Positions.AnyAsync(p => p.ImportKey == bad));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key == bad));
            return true;
        });
    }

    [Fact]
    public async Task A_bad_orcid_is_explained_in_Chinese_to_a_Chinese_reader()
    {
        var u = Unique();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-Hans");
        try
        {
            var result = await app.ImportAsync(File(users: [User($"{u}-r", $"{u}-r@example.org", "researcher")],
                researchers: [Researcher($"{u}-bad", $"{u}-r", orcid: "0000-0002-1825-009X")]));
            var error = Assert.Single(result.Errors);
            Assert.Equal(("researchers", $"{u}-bad", "orcid"), (error.Section, error.Key, error.Field));
            Assert.Contains("校验位", error.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Two_profiles_for_one_user_are_both_refused_and_a_profile_made_on_the_site_is_not_taken_over()
    {
        var u = Unique();
        var users = new[] { User($"{u}-r", $"{u}-r@example.org", "researcher"), User($"{u}-r2", $"{u}-r2@example.org", "researcher") };
        Assert.Empty((await app.ImportAsync(File(users: users))).Errors);
        var siteUser = await app.QueryAsync(async db =>
        {
            var id = await db.UserProfiles.Where(p => p.ImportKey == $"{u}-r2").Select(p => p.Id).SingleAsync();
            db.ResearcherProfiles.Add(new ResearcherProfile(id) { Headline = new LocalizedText("Made on the site", null), Visibility = ResearcherVisibility.Hidden });
            await db.SaveChangesAsync();
            return id;
        });

        var result = await app.ImportAsync(File(users: users, researchers:
            [Researcher($"{u}-a", $"{u}-r"), Researcher($"{u}-b", $"{u}-r"), Researcher($"{u}-c", $"{u}-r2")]));

        Assert.Equal(3, result.For("researchers").Failed);
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("researchers", $"{u}-a", "user"));
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("researchers", $"{u}-b", "user"));
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("researchers", $"{u}-c", "user"));
        var profile = await app.QueryAsync(db => db.ResearcherProfiles.AsNoTracking().SingleAsync(r => r.Id == siteUser));
        Assert.Equal(("Made on the site", ResearcherVisibility.Hidden, (string?)null), (profile.Headline.En, profile.Visibility, profile.ImportKey));
    }

    [Fact]
    public async Task A_record_keeps_its_user_and_a_position_keeps_its_poster()
    {
        var u = Unique();
        var (users, startups, funds) = People(u);
        users.Add(User($"{u}-r2", $"{u}-r2@example.org", "researcher"));
        Assert.Empty((await app.ImportAsync(File(users: users, startups: startups, funds: funds,
            researchers: [Researcher($"{u}-rp", $"{u}-r")], positions: [Position($"{u}-p", startup: $"{u}-s")]))).Errors);

        var result = await app.ImportAsync(File(users: users, startups: startups, funds: funds,
            researchers: [Researcher($"{u}-rp", $"{u}-r2", headlineEn: "Moved")], positions: [Position($"{u}-p", fund: $"{u}-fund", titleEn: "Moved")]));

        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("researchers", $"{u}-rp", "user"));
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("positions", $"{u}-p", "fund"));
        Assert.Equal(2, result.Failed);
        await app.QueryAsync(async db =>
        {
            Assert.Equal("NLP researcher", await db.ResearcherProfiles.Where(r => r.ImportKey == $"{u}-rp").Select(r => r.Headline.En).SingleAsync());
            Assert.False(await db.ResearcherProfiles.AnyAsync(r => db.UserProfiles.Any(p => p.Id == r.Id && p.ImportKey == $"{u}-r2")));
            var position = await db.Positions.SingleAsync(p => p.ImportKey == $"{u}-p");
            Assert.Equal(("Robotics engineer", (Guid?)null), (position.Title.En, position.FundId));
            return true;
        });
    }

    [Fact]
    public async Task A_dry_run_checks_researchers_and_positions_and_writes_nothing()
    {
        var u = Unique();
        var (users, startups, funds) = People(u, "london");
        users.Add(User($"{u}-r2", $"{u}-r2@example.org", "researcher", "london"));
        var result = await app.ImportAsync(File(users: users, startups: startups, funds: funds,
                researchers: [Researcher($"{u}-rp", $"{u}-r", skills: [$"dry-{u}"]), Researcher($"{u}-bad-r", $"{u}-r2", orcid: "0000-0002-1825-0098")],
                positions: [Position($"{u}-p", fund: $"{u}-fund", cluster: "london", status: "submitted"), Position($"{u}-bad-p", startup: $"{u}-s", type: "gig")]),
            new ImportOptions(DryRun: true));

        Assert.True(result.DryRun);
        Assert.Equal((1, 1), (result.For("researchers").Created, result.For("positions").Created));
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("researchers", $"{u}-bad-r", "orcid"));
        Assert.Contains(result.Errors, e => (e.Section, e.Key, e.Field) == ("positions", $"{u}-bad-p", "type"));
        await app.QueryAsync(async db =>
        {
            Assert.False(await db.ResearcherProfiles.AnyAsync(r => r.ImportKey!.StartsWith(u)));
            Assert.False(await db.Positions.AnyAsync(p => p.ImportKey!.StartsWith(u)));
            Assert.False(await db.SkillTags.AnyAsync(t => t.Name == $"dry-{u}"));
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.Key.StartsWith(u)));
            return true;
        });
    }

    [Fact]
    public async Task An_import_of_positions_stopped_half_way_completes_when_run_again_and_duplicates_nothing()
    {
        var u = Unique();
        var (users, startups, funds) = People(u);
        var file = File(users: users, startups: startups, funds: funds,
            positions: Enumerable.Range(1, 6).Select(i => Position($"{u}-p{i}", startup: $"{u}-s", status: i % 2 == 0 ? "submitted" : "published")));
        using var stop = new CancellationTokenSource();

        // 4 users, 1 startup, 1 fund, then positions: stop after the second position.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            app.ImportAsync(file, onProgress: p => { if (p.Section == "positions" && p.SectionDone == 2) stop.Cancel(); }, ct: stop.Token));
        Assert.Equal(2, await app.QueryAsync(db => db.Positions.CountAsync(p => p.ImportKey!.StartsWith(u))));

        var resumed = await app.ImportAsync(file);

        Assert.Empty(resumed.Errors);
        Assert.Equal((4, 2), (resumed.For("positions").Created, resumed.For("positions").Unchanged));
        await app.QueryAsync(async db =>
        {
            Assert.Equal(6, await db.Positions.CountAsync(p => p.ImportKey!.StartsWith(u)));
            Assert.Equal(3, await db.ModerationRequests.CountAsync(r => r.ContentType == PositionEntity.ContentType
                && db.Positions.Any(p => p.Id == r.ContentId && p.ImportKey!.StartsWith(u))));
            return true;
        });
    }

    [Fact]
    public async Task The_demo_file_imports_researchers_and_positions_in_every_cluster_in_both_languages_and_a_second_run_changes_nothing()
    {
        var json = await System.IO.File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var root = JsonDocument.Parse(json).RootElement;
        string[] Keys(string section) => root.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToArray();
        var researcherKeys = Keys("researchers");
        var positionKeys = Keys("positions");

        var first = await app.ImportAsync(json, new ImportOptions(PasswordForAll: "demo passphrase for tests"));
        Assert.Empty(first.Errors);
        var before = await DemoSnapshotAsync(researcherKeys, positionKeys);

        var second = await app.ImportAsync(json);

        Assert.Empty(second.Errors);
        Assert.Equal((researcherKeys.Length, positionKeys.Length), (second.For("researchers").Unchanged, second.For("positions").Unchanged));
        Assert.Equal(before, await DemoSnapshotAsync(researcherKeys, positionKeys));

        // Every demo researcher account has a profile.
        var researcherUsers = root.GetProperty("users").EnumerateArray()
            .Where(e => e.GetProperty("role").GetString() == "researcher").Select(e => e.GetProperty("key").GetString()!).Order().ToList();
        var profiles = await app.QueryAsync(db => (
            from r in db.ResearcherProfiles.AsNoTracking()
            where researcherKeys.Contains(r.ImportKey!)
            join p in db.UserProfiles on r.Id equals p.Id
            select new { User = p.ImportKey!, Profile = r }).ToListAsync());
        Assert.Equal(researcherUsers, profiles.Select(p => p.User).Order());
        Assert.All(ResearcherVisibility.All, v => Assert.True(profiles.Count(p => p.Profile.Visibility == v) >= 2, v));
        Assert.All(Codes.ReferenceClusters, c => Assert.Contains(profiles, p => p.Profile.Visibility != ResearcherVisibility.Hidden && p.Profile.DesiredClusterKeys.Contains(c)));
        Assert.All(profiles, p => Assert.All(new[] { p.Profile.Headline, p.Profile.Summary, p.Profile.Affiliation },
            text => Assert.False(string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Zh), $"{p.User}: {text.En} / {text.Zh}")));
        Assert.All(profiles, p => Assert.True(p.Profile.Orcid is null || Orcid.IsValid(p.Profile.Orcid), p.User));
        Assert.True(profiles.Count(p => p.Profile.Orcid is not null) >= profiles.Count / 2);
        Assert.All(profiles.SelectMany(p => p.Profile.Publications), pub => Assert.True(pub.Doi is not null || pub.Url is not null, pub.Title));

        var positions = await app.QueryAsync(db => (
            from p in db.Positions.AsNoTracking()
            where positionKeys.Contains(p.ImportKey!)
            join c in db.Clusters on p.ClusterId equals c.Id into clusters
            from c in clusters.DefaultIfEmpty()
            select new { Cluster = c == null ? null : c.Key, Position = p }).ToListAsync());
        Assert.Equal(positionKeys.Length, positions.Count);
        Assert.All(Codes.ReferenceClusters, c => Assert.Contains(positions, p => p.Cluster == c && p.Position.State == ModerationState.Published));
        Assert.All(Codes.PositionTypes, t => Assert.Contains(positions, p => p.Position.Type == t));
        Assert.Contains(positions, p => p.Position.StartupId is not null);
        Assert.Contains(positions, p => p.Position.FundId is not null);
        Assert.Contains(positions, p => p.Position.Remote);
        Assert.Contains(positions, p => p.Position.CompensationCurrency is not null);
        Assert.Contains(positions, p => p.Position.CompensationCurrency is null);
        Assert.Contains(positions, p => p.Position.Deadline is { Year: 2027 });
        Assert.Contains(positions, p => p.Position.Deadline is null);
        Assert.All(new[] { ModerationState.Draft, ModerationState.Submitted, ModerationState.Closed }, s => Assert.Contains(positions, p => p.Position.State == s));
        Assert.True(positions.Count(p => p.Position.State == ModerationState.Published) > positions.Count / 2);
        Assert.All(positions, p => Assert.All(new[] { p.Position.Title, p.Position.Description },
            text => Assert.False(string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Zh), $"{text.En} / {text.Zh}")));

        var startupKeys = Keys("startups");
        Assert.True(await app.QueryAsync(db => db.Startups.CountAsync(s => s.IsVerified && startupKeys.Contains(s.ImportKey!))) >= 2);
    }

    private async Task<ModerationQueueItem?> FindInQueueAsync(Guid contentId)
    {
        for (var page = 1; ; page++)
        {
            var queue = await app.SendAsync(new GetModerationQueue.Query(PositionEntity.ContentType, page));
            if (queue.Items.Items.FirstOrDefault(i => i.ContentId == contentId) is { } item)
                return item;
            if (!queue.Items.HasNext)
                return null;
        }
    }

    /// <summary>Every row the import writes for profiles and positions whose keys start with the prefix, as text.</summary>
    private Task<string> SnapshotAsync(string prefix) => app.QueryAsync(async db =>
        JsonSerializer.Serialize(await RowsAsync(db,
            db.ResearcherProfiles.Where(r => r.ImportKey!.StartsWith(prefix)), db.Positions.Where(p => p.ImportKey!.StartsWith(prefix)))));

    private Task<string> DemoSnapshotAsync(string[] researcherKeys, string[] positionKeys) => app.QueryAsync(async db =>
        JsonSerializer.Serialize(await RowsAsync(db,
            db.ResearcherProfiles.Where(r => researcherKeys.Contains(r.ImportKey!)), db.Positions.Where(p => positionKeys.Contains(p.ImportKey!)))));

    private static async Task<object> RowsAsync(Marketplace.Infrastructure.Persistence.AppDbContext db, IQueryable<ResearcherProfile> profiles, IQueryable<PositionEntity> positions)
    {
        var profileRows = await profiles.AsNoTracking().OrderBy(r => r.ImportKey).ToListAsync();
        var positionRows = await positions.AsNoTracking().OrderBy(p => p.ImportKey).ToListAsync();
        var ids = profileRows.Select(r => r.Id).Concat(positionRows.Select(p => p.Id)).ToList();
        var requests = (await db.ModerationRequests.AsNoTracking().Where(r => ids.Contains(r.ContentId)).ToListAsync()).OrderBy(r => r.Id).ToList();
        var keys = profileRows.Select(r => r.ImportKey!).Concat(positionRows.Select(p => p.ImportKey!)).ToList();
        var records = (await db.ImportedRecords.AsNoTracking().Where(r => keys.Contains(r.Key)).ToListAsync())
            .OrderBy(r => r.Section).ThenBy(r => r.Key).ToList();
        var entityIds = ids.Select(i => i.ToString()).ToList();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.EntityId, a.EntityType, a.Action, a.Changes }).ToListAsync();
        return new { profileRows, positionRows, requests, records, audit };
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TalentImportTestsOnSqlite(SqliteApp app) : TalentImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TalentImportTestsOnPostgreSql(PostgresApp app) : TalentImportTests(app);
