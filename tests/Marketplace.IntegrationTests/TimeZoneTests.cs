using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Domain.Notifications;
using Marketplace.Domain.Users;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>Each user reads times in their own zone: guessed by the browser at registration, edited on the profile.</summary>
public abstract class TimeZoneTests(MarketplaceApp app)
{
    private static readonly DateTime LateEvening = new(2026, 12, 7, 22, 30, 0, DateTimeKind.Utc);

    private Task<string> ZoneOfAsync(string email) => app.QueryAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.UserProfiles.Where(p => p.Id == id).Select(p => p.TimeZone).SingleAsync();
    });

    private Task NotifyAsync(Guid userId, DateTime at) => app.QueryAsync(db =>
    {
        db.Notifications.Add(new Notification
        {
            UserId = userId, Kind = "startup-invitation-accepted", Arguments = "[\"Someone\",\"Some startup\"]", CreatedAt = at,
        });
        return db.SaveChangesAsync();
    });

    [Fact]
    public async Task Registration_stores_the_time_zone_the_browser_posted()
    {
        using var client = app.NewClient();
        var email = Users.UniqueEmail("toronto");
        var fields = AccountTests.RegistrationFields(email);
        fields["TimeZone"] = "America/Toronto";

        var page = await client.SubmitAsync("/account/register", fields);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("America/Toronto", await ZoneOfAsync(email));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("China Standard Time")]
    [InlineData("")]
    public async Task A_time_zone_the_system_does_not_know_registers_the_account_in_UTC(string posted)
    {
        using var client = app.NewClient();
        var email = Users.UniqueEmail("nowhere");
        var fields = AccountTests.RegistrationFields(email);
        fields["TimeZone"] = posted;

        var page = await client.SubmitAsync("/account/register", fields);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(TimeZones.Utc, await ZoneOfAsync(email));
    }

    [Fact]
    public async Task A_user_in_Shanghai_sees_half_past_ten_UTC_as_half_past_six_the_next_morning()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Researcher);
        await NotifyAsync(user.Id, LateEvening);

        var before = await user.Client.GetAsync("/notifications");
        Assert.Equal("7 Dec 2026, 22:30 UTC", before.Text("[data-testid=notifications] time"));

        var saved = await user.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["TimeZone"] = "Asia/Shanghai" },
            "form[data-testid=profile-form]");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("Asia/Shanghai", await ZoneOfAsync(user.Email));

        var page = await user.Client.GetAsync("/notifications");
        var time = page.Document.QuerySelector("[data-testid=notifications] time")!;
        Assert.Equal("8 Dec 2026, 06:30", time.TextContent);
        Assert.Equal("2026-12-07T22:30:00Z", time.GetAttribute("datetime"));
        Assert.Equal("Asia/Shanghai", time.GetAttribute("title"));
        var profile = await user.Client.GetAsync("/account/profile");
        Assert.Equal("Asia/Shanghai", profile.Document.QuerySelector("#TimeZone option[selected]")?.GetAttribute("value"));

        // The same instant for a reader of Chinese.
        await user.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["Culture"] = "zh-Hans" }, "form[data-testid=profile-form]");
        var chinese = await user.Client.GetAsync("/notifications");
        Assert.Equal("2026年12月8日 06:30", chinese.Text("[data-testid=notifications] time"));
    }

    [Fact]
    public async Task The_profile_refuses_a_time_zone_that_is_not_offered_at_the_field_and_keeps_the_old_one()
    {
        var user = await Users.RegisterAsync(app, RoleNames.FundManager);

        var page = await user.Client.SubmitAsync("/account/profile", new Dictionary<string, string> { ["TimeZone"] = "Mars/Olympus_Mons" },
            "form[data-testid=profile-form]");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Choose a time zone from the list.", page.FieldError("TimeZone"));
        Assert.Equal(TimeZones.Utc, await ZoneOfAsync(user.Email));
    }

    [Fact]
    public async Task The_profile_offers_zones_grouped_by_region_in_the_readers_language()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Founder);

        var english = await user.Client.GetAsync("/account/profile");
        var chinese = await user.Client.GetAsync("/account/profile?culture=zh-Hans");

        Assert.Contains("Asia", english.Document.QuerySelectorAll("#TimeZone optgroup").Select(g => g.GetAttribute("label")));
        Assert.Contains("亚洲", chinese.Document.QuerySelectorAll("#TimeZone optgroup").Select(g => g.GetAttribute("label")));
        var shanghai = english.Document.QuerySelector("#TimeZone option[value='Asia/Shanghai']");
        Assert.Equal("Shanghai (UTC+08:00)", shanghai?.TextContent);
        Assert.Equal(TimeZones.Utc, english.Document.QuerySelector("#TimeZone option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Every_zone_is_offered_once_with_UTC_first()
    {
        var user = await Users.RegisterAsync(app, RoleNames.Founder);

        var page = await user.Client.GetAsync("/account/profile");

        var values = page.Document.QuerySelectorAll("#TimeZone option").Select(o => o.GetAttribute("value")).ToList();
        Assert.True(values.Count > 100, $"only {values.Count} zones offered");
        Assert.Equal(TimeZones.Utc, values[0]);
        Assert.Empty(values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TimeZoneTestsOnSqlite(SqliteApp app) : TimeZoneTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TimeZoneTestsOnPostgreSql(PostgresApp app) : TimeZoneTests(app);
