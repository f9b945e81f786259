using Marketplace.Application.Matching;
using Marketplace.Application.Matching.Explanation;
using Marketplace.Application.Matching.Store;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Marketplace.IntegrationTests;

/// <summary>The weekly digest of new recommendations: once per period, in the reader's language, only for those who want it.</summary>
public abstract class RecommendationDigestTests(MarketplaceApp app)
{
    private const string EnglishSubject = "Your weekly recommendations";
    private const string ChineseSubject = "每周推荐";

    private sealed record Market(string Key, Guid FundId, Guid ManagerId, string ManagerEmail, Guid FounderId, string FounderEmail, IReadOnlyList<Guid> ProjectIds);

    /// <summary>
    /// A Beijing healthcare fund whose ticket (a narrow band around <paramref name="amount"/>) only this market's
    /// projects fit, so its list holds them alone; the manager reads English, the founder Simplified Chinese.
    /// Both confirmed their addresses, unless <paramref name="managerConfirmed"/> says otherwise for the manager.
    /// </summary>
    private Task<Market> MarketAsync(long amount, params string[] projectTitles) => MarketAsync(amount, true, projectTitles);

    private async Task<Market> MarketAsync(long amount, bool managerConfirmed, params string[] projectTitles)
    {
        var k = ImportFiles.Unique();
        var managerEmail = Users.UniqueEmail("digest-manager");
        var founderEmail = Users.UniqueEmail("digest-founder");
        var result = await app.ImportAsync(ImportFiles.File(
            users:
            [
                ImportFiles.User($"m-{k}", managerEmail, "fund-manager", displayName: "Manager " + k),
                ImportFiles.User($"f-{k}", founderEmail, culture: "zh-Hans", displayName: "Founder " + k),
            ],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: "beijing", sectors: ["healthcare"])],
            projects: projectTitles.Select((t, i) => ImportFiles.Project($"p{i}-{k}", $"s-{k}", amount: amount, titleEn: $"{t} {k}")),
            funds:
            [
                ImportFiles.Fund($"fund-{k}", [$"m-{k}"], mandate: new
                {
                    sectors = new[] { "healthcare" },
                    stages = new[] { "series-a" },
                    ticket = new { min = amount - 1_000, max = amount + 1_000, currency = "CNY" },
                    clusters = new[] { "beijing" },
                    openToOtherClusters = false,
                }),
            ]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
        // Imported accounts have not confirmed their addresses yet; these have.
        var confirmed = (managerConfirmed ? new[] { managerEmail, founderEmail } : [founderEmail]).Select(e => e.ToUpperInvariant()).ToList();
        Assert.Equal(confirmed.Count, await app.QueryAsync(db => db.Users.Where(u => confirmed.Contains(u.NormalizedEmail!))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true))));
        await RecomputeAsync();
        return await app.QueryAsync(async db => new Market(
            k,
            await db.Funds.Where(f => f.ImportKey == $"fund-{k}").Select(f => f.Id).SingleAsync(),
            await db.UserProfiles.Where(u => u.ImportKey == $"m-{k}").Select(u => u.Id).SingleAsync(),
            managerEmail,
            await db.UserProfiles.Where(u => u.ImportKey == $"f-{k}").Select(u => u.Id).SingleAsync(),
            founderEmail,
            await db.Projects.Where(p => p.ImportKey!.EndsWith("-" + k)).OrderBy(p => p.ImportKey).Select(p => p.Id).ToListAsync()));
    }

    private async Task RecomputeAsync()
    {
        while (await app.SendAsync(new ProcessRecomputeRequests.Command()) > 0)
        {
        }
    }

    /// <summary>Runs the digest over every user, batch after batch, as the weekly job does.</summary>
    private async Task<int> DigestAsync(string? period = null, int batchSize = SendRecommendationDigests.DefaultBatchSize)
    {
        var batch = await app.SendAsync(new SendRecommendationDigests.Command(period, null, batchSize));
        var sent = batch.Sent;
        while (batch.Next is { } next)
        {
            batch = await app.SendAsync(new SendRecommendationDigests.Command(batch.Period, next, batchSize));
            sent += batch.Sent;
        }
        return sent;
    }

    private List<MimeMessage> Digests(string email, string subject) =>
        app.MailTo(email).Where(m => m.Subject is { } s && s.StartsWith(subject, StringComparison.Ordinal)).ToList();

    private Task<int> NotificationsAsync(Guid userId) =>
        app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Kind == SendRecommendationDigests.NotificationKind));

    private Task<List<DigestDelivery>> DeliveriesAsync(Guid userId) =>
        app.QueryAsync(db => db.DigestDeliveries.Where(d => d.UserId == userId).OrderBy(d => d.SentAt).ToListAsync());

    private static string ThisWeek() => DigestPeriods.Of(DateTimeOffset.UtcNow);

    private static string WeekIn(int weeks) => DigestPeriods.Of(DateTimeOffset.UtcNow.AddDays(7 * weeks));

    [Fact]
    public async Task Digests_are_sent_once_per_period_in_each_readers_language_and_only_with_new_items()
    {
        var market = await MarketAsync(12_345_678, "Hospital imaging");
        var period = ThisWeek();

        Assert.True(await DigestAsync() >= 2);

        // The manager: one notification, one e-mail in English listing the project, its reason and both links.
        Assert.Equal(1, await NotificationsAsync(market.ManagerId));
        var managerMail = Assert.Single(Digests(market.ManagerEmail, EnglishSubject));
        var managerText = managerMail.TextBody!;
        Assert.Contains($"Hospital imaging {market.Key}", managerText);
        Assert.Contains("(for Test fund fund-" + market.Key + ")", managerText);
        // Its reason is a sentence of the "why" panel of the same recommendation.
        var why = managerText.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("Why: ", StringComparison.Ordinal))["Why: ".Length..];
        var page = await app.SendAsync(new GetRecommendations.Query(MatchKinds.Fund, market.FundId), MarketplaceApp.Principal(market.ManagerId, RoleNames.FundManager));
        Assert.Contains(why, page.Items.Items.Single(i => i.TargetId == market.ProjectIds[0]).Factors.Select(f => f.Sentence));
        Assert.Contains("/dashboard", managerText);
        Assert.Contains("/account/profile", managerText);
        Assert.Contains($"Hospital imaging {market.Key}", managerMail.HtmlBody!);
        var delivery = Assert.Single(await DeliveriesAsync(market.ManagerId));
        Assert.Equal(period, delivery.Period);
        Assert.Equal(1, delivery.Items);

        // The founder reads Simplified Chinese: subject, text and the funds' names in Chinese.
        Assert.Equal(1, await NotificationsAsync(market.FounderId));
        var founderMail = Assert.Single(Digests(market.FounderEmail, ChineseSubject));
        Assert.Contains("推荐理由：", founderMail.TextBody!);
        Assert.Contains("测试基金 fund-", founderMail.TextBody!);
        Assert.Contains("推荐给：城市物流 A 轮融资", founderMail.TextBody!);
        Assert.Empty(Digests(market.FounderEmail, EnglishSubject));
        Assert.Equal(period, Assert.Single(await DeliveriesAsync(market.FounderId)).Period);

        // Again in the same period (in smaller batches): nothing more.
        await DigestAsync(period, batchSize: 25);
        Assert.Equal(1, await NotificationsAsync(market.ManagerId));
        Assert.Equal(1, await NotificationsAsync(market.FounderId));
        Assert.Single(Digests(market.ManagerEmail, EnglishSubject));
        Assert.Single(Digests(market.FounderEmail, ChineseSubject));

        // The next week, with nothing first recommended since: nothing either.
        await DigestAsync(WeekIn(1));
        Assert.Equal(1, await NotificationsAsync(market.ManagerId));
        Assert.Single(Digests(market.ManagerEmail, EnglishSubject));
        Assert.Single(await DeliveriesAsync(market.ManagerId));

        // A project recommended after the last digest: the week after lists it alone.
        var k2 = ImportFiles.Unique();
        var imported = await app.ImportAsync(ImportFiles.File(
            users: [ImportFiles.User($"f-{k2}", Users.UniqueEmail("digest-founder"))],
            startups: [ImportFiles.Startup($"s-{k2}", [$"f-{k2}"], cluster: "beijing", sectors: ["healthcare"])],
            projects: [ImportFiles.Project($"p-{k2}", $"s-{k2}", amount: 12_345_678, titleEn: $"Lab automation {k2}")]));
        Assert.True(imported.Succeeded);
        await RecomputeAsync();
        await DigestAsync(WeekIn(2));
        Assert.Equal(2, await NotificationsAsync(market.ManagerId));
        var second = Digests(market.ManagerEmail, EnglishSubject).Single(m => m.TextBody!.Contains($"Lab automation {k2}"));
        Assert.DoesNotContain($"Hospital imaging {market.Key}", second.TextBody!);
        Assert.Equal(new[] { period, WeekIn(2) }, (await DeliveriesAsync(market.ManagerId)).Select(d => d.Period));
    }

    [Fact]
    public async Task Two_runs_at_once_send_each_digest_once_and_neither_fails()
    {
        var market = await MarketAsync(15_792_468, "Sleep clinic");

        // On PostgreSQL the later insert waits for the earlier run's commit, then meets the unique index: "already sent".
        var sent = await Task.WhenAll(DigestAsync(), DigestAsync());

        Assert.True(sent.Sum() >= 2);
        Assert.Equal(1, await NotificationsAsync(market.ManagerId));
        Assert.Equal(1, await NotificationsAsync(market.FounderId));
        Assert.Single(Digests(market.ManagerEmail, EnglishSubject));
        Assert.Single(Digests(market.FounderEmail, ChineseSubject));
        Assert.Single(await DeliveriesAsync(market.ManagerId));
    }

    [Fact]
    public async Task Nobody_gets_a_digest_with_the_digest_or_recommendations_turned_off()
    {
        var market = await MarketAsync(13_572_468, "Genome screening");
        await app.QueryAsync(db => db.UserProfiles.Where(u => u.Id == market.ManagerId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DigestEnabled, false)));
        await app.QueryAsync(db => db.UserProfiles.Where(u => u.Id == market.FounderId).ExecuteUpdateAsync(s => s.SetProperty(u => u.RecommendationsEnabled, false)));

        await DigestAsync();

        Assert.Equal(0, await NotificationsAsync(market.ManagerId));
        Assert.Equal(0, await NotificationsAsync(market.FounderId));
        Assert.Empty(Digests(market.ManagerEmail, EnglishSubject));
        Assert.Empty(Digests(market.FounderEmail, ChineseSubject));
        Assert.Empty(await DeliveriesAsync(market.ManagerId));
        Assert.Empty(await DeliveriesAsync(market.FounderId));
    }

    [Fact]
    public async Task An_unconfirmed_address_gets_no_digest_e_mail_but_the_digest_is_in_the_app()
    {
        var market = await MarketAsync(16_803_579, managerConfirmed: false, "Cardiology triage");

        await DigestAsync();

        // The manager never confirmed the address: the in-app digest only.
        Assert.Equal(1, await NotificationsAsync(market.ManagerId));
        Assert.Equal(1, Assert.Single(await DeliveriesAsync(market.ManagerId)).Items);
        Assert.Empty(Digests(market.ManagerEmail, EnglishSubject));
        Assert.DoesNotContain(app.MailTo(market.ManagerEmail), m => m.TextBody?.Contains($"Cardiology triage {market.Key}") == true);
        // The founder of the same market confirmed theirs: the app and the e-mail.
        Assert.Equal(1, await NotificationsAsync(market.FounderId));
        Assert.Single(Digests(market.FounderEmail, ChineseSubject));
        Assert.Single(await DeliveriesAsync(market.FounderId));
    }

    [Fact]
    public async Task A_target_dismissed_after_the_computation_is_not_in_the_digest()
    {
        var market = await MarketAsync(14_681_357, "Dismissed triage", "Kept radiology");
        // Dismissed after the lists were computed (no recompute since): the fund's list still holds it.
        await app.QueryAsync(async db =>
        {
            db.RecommendationFeedback.Add(new RecommendationFeedback
            {
                UserId = market.ManagerId, SubjectKind = MatchKinds.Fund, SubjectId = market.FundId,
                TargetKind = MatchKinds.Project, TargetId = market.ProjectIds[0], Action = FeedbackActions.Dismissed,
                Reason = "not-relevant", At = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        Assert.True(await app.QueryAsync(async db =>
        {
            var generation = await db.CurrentGenerations.CurrentIdAsync(Pairings.FundProject, CancellationToken.None);
            return await db.Recommendations.AnyAsync(r => r.GenerationId == generation && r.SubjectId == market.FundId && r.TargetId == market.ProjectIds[0]);
        }));

        await DigestAsync();

        var mail = Assert.Single(Digests(market.ManagerEmail, EnglishSubject));
        Assert.Contains($"Kept radiology {market.Key}", mail.TextBody!);
        Assert.DoesNotContain($"Dismissed triage {market.Key}", mail.TextBody!);
        Assert.Equal(1, Assert.Single(await DeliveriesAsync(market.ManagerId)).Items);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationDigestTestsOnSqlite(SqliteApp app) : RecommendationDigestTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationDigestTestsOnPostgreSql(PostgresApp app) : RecommendationDigestTests(app);
