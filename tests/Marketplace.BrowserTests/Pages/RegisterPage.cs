using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

public sealed class RegisterPage(IPage page) : BasePage(page)
{
    public override string Path => "/account/register";

    private ILocator Form => Page.GetByTestId("register-form");

    /// <summary>Fills the form as a new user of <paramref name="role"/> (a role code) and submits it.</summary>
    public async Task<HomePage> RegisterAsAsync(string role, string displayName, string email, string password)
    {
        await Form.Locator($"#role-{role}").CheckAsync();
        await Form.Locator("#DisplayName").FillAsync(displayName);
        await Form.Locator("#Email").FillAsync(email);
        await Form.Locator("#Password").FillAsync(password);
        await Form.Locator("#ConfirmPassword").FillAsync(password);
        await Form.Locator("button[type=submit]").ClickAsync();
        // A new account lands on its role's home, with its first-run checklist.
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/dashboard");
        return new HomePage(Page);
    }
}
