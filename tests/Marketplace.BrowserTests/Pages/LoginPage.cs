using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Pages;

public sealed class LoginPage(IPage page) : BasePage(page)
{
    public override string Path => "/account/login";

    private ILocator Form => Page.GetByTestId("login-form");

    /// <summary>Errors about the form as a whole (a wrong password), shown above the fields.</summary>
    public ILocator FormErrors => Page.GetByTestId("form-errors");

    public async Task SubmitAsync(string email, string password)
    {
        await Form.Locator("#Email").FillAsync(email);
        await Form.Locator("#Password").FillAsync(password);
        await Form.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForLoadStateAsync();
    }

    public async Task<HomePage> LoginAsAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        // Signing in lands on the role's home: the administrators' overview, everyone else's dashboard.
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath is "/dashboard" or "/admin");
        return new HomePage(Page);
    }
}
