namespace Marketplace.Web.Models;

public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = "";
}
