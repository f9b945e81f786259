namespace Marketplace.Web.Models;

// Form models carry the same property names as their commands, so a use case's field errors land on the right input.

public sealed class RegisterForm
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>The browser's IANA time zone, filled by wwwroot/js/time-zone.js; empty without script (then UTC).</summary>
    public string? TimeZone { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class SignInForm
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordForm
{
    public Guid UserId { get; set; }
    public string Token { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
