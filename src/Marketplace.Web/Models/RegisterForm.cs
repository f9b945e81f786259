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
