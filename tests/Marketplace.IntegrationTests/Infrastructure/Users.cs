using System.Net;
using Marketplace.Application.Accounts;
using Marketplace.Domain.Common;

namespace Marketplace.IntegrationTests.Infrastructure;

public sealed record TestUser(Guid Id, string Email, string Password, string DisplayName, string Role, WebClient Client);

/// <summary>Accounts made through the real pages (or, for administrators, the real CLI use case), signed in.</summary>
public static class Users
{
    public const string Password = "a long enough test passphrase";

    public static string UniqueEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.org";

    public static async Task<TestUser> RegisterAsync(MarketplaceApp app, string role = RoleNames.Founder, string? displayName = null)
    {
        var client = app.NewClient();
        var email = UniqueEmail(role);
        var name = displayName ?? "Test " + role;
        var page = await client.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Role"] = role,
            ["DisplayName"] = name,
            ["Email"] = email,
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
        if (page.Status != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Registration answered {(int)page.Status}: {page.Text("main")}");
        var id = await app.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        return new TestUser(id, email, Password, name, role, client);
    }

    public static async Task<TestUser> AdminAsync(MarketplaceApp app)
    {
        var email = UniqueEmail("admin");
        var id = await app.SendAsync(new CreateAdministrator.Command(email, Password, "Test administrator"));
        var client = app.NewClient();
        await SignInAsync(client, email, Password);
        return new TestUser(id, email, Password, "Test administrator", RoleNames.Admin, client);
    }

    public static async Task<Page> SignInAsync(WebClient client, string email, string password) =>
        await client.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}
