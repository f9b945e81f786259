namespace Marketplace.Web.Models;

public sealed class ResetPasswordForm
{
    public Guid UserId { get; set; }
    public string Token { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
