namespace Marketplace.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailSettings
{
    public string From { get; init; } = "Marketplace <no-reply@marketplace.local>";
    public SmtpSettings? Smtp { get; init; }
    /// <summary>Where messages are written as .eml files when no SMTP server is configured.</summary>
    public string PickupDirectory { get; init; } = "data/mail";
}
