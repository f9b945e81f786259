using System.Net;
using Marketplace.Application.Accounts;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;

namespace Marketplace.IntegrationTests;

/// <summary>A host with a small rate limit of its own, so its budget is spent by this test alone.</summary>
public static class RateLimitedHost
{
    public const int PermitLimit = 8;

    public static Dictionary<string, string?> With(Dictionary<string, string?> settings)
    {
        settings["RateLimiting:AccountPermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:AccountWindowSeconds"] = "300";
        return settings;
    }
}

public sealed class SqliteRateLimitedApp : SqliteApp
{
    protected override Dictionary<string, string?> Settings() => RateLimitedHost.With(base.Settings());
}

public sealed class PostgresRateLimitedApp : PostgresApp
{
    protected override Dictionary<string, string?> Settings() => RateLimitedHost.With(base.Settings());
}

[CollectionDefinition(Name)]
public sealed class SqliteRateLimitedCollection : ICollectionFixture<SqliteRateLimitedApp>
{
    public const string Name = "sqlite-rate-limited";
}

[CollectionDefinition(Name)]
public sealed class PostgresRateLimitedCollection : ICollectionFixture<PostgresRateLimitedApp>
{
    public const string Name = "postgresql-rate-limited";
}

public abstract class BruteForceTests(MarketplaceApp app)
{
    [Fact]
    public async Task Login_brute_force_is_locked_out_and_then_answered_429_on_every_account_form()
    {
        // Made without a POST, so the whole budget is the attacker's.
        var email = Users.UniqueEmail("target");
        await app.SendAsync(new Register.Command(email, Users.Password, Users.Password, "Target", RoleNames.Founder, "en"));
        using var attacker = app.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedHost.PermitLimit + 1; i++)
            statuses.Add((await Users.SignInAsync(attacker, email, $"guess number {i}")).Status);

        // 5 failures (Identity:MaxFailedAccessAttempts) lock the account; the 9th POST is over the budget.
        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
             HttpStatusCode.Locked, HttpStatusCode.Locked, HttpStatusCode.Locked, HttpStatusCode.Locked,
             HttpStatusCode.TooManyRequests],
            statuses);

        var right = await Users.SignInAsync(attacker, email, Users.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Equal("Too many requests", right.Text("h1"));
        var raw = await attacker.Http.PostAsync("/account/login", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Registration and password reset share the budget of the client's address.
        var register = await attacker.SubmitAsync("/account/register", AccountTests.RegistrationFields(Users.UniqueEmail("late")));
        var forgot = await attacker.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.TooManyRequests, register.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, forgot.Status);

        // Pages are still served: only the POSTs are limited.
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/account/login")).Status);
    }
}

[Collection(SqliteRateLimitedCollection.Name)]
public sealed class BruteForceTestsOnSqlite(SqliteRateLimitedApp app) : BruteForceTests(app);

[Collection(PostgresRateLimitedCollection.Name)]
public sealed class BruteForceTestsOnPostgreSql(PostgresRateLimitedApp app) : BruteForceTests(app);
