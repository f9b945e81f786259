using Marketplace.Application.Common;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Marketplace.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailSettings
{
    public string From { get; init; } = "Marketplace <no-reply@marketplace.local>";
    public SmtpSettings? Smtp { get; init; }
    /// <summary>Where messages are written as .eml files when no SMTP server is configured.</summary>
    public string PickupDirectory { get; init; } = "data/mail";
}

public sealed class SmtpSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 587;
    public string? UserName { get; init; }
    public string? Password { get; init; }
    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string Security { get; init; } = "Auto";
}

internal static class Mime
{
    public static MimeMessage Build(EmailSettings settings, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }
}

public sealed class SmtpEmailSender(EmailSettings settings, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = settings.Smtp!;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(Mime.Build(settings, message), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("E-mail {Subject} sent to {To} through {Host}", message.Subject, message.To, smtp.Host);
    }
}

/// <summary>With no SMTP server configured, messages land as .eml files that any mail client opens.</summary>
public sealed class PickupDirectoryEmailSender(string directory, EmailSettings settings, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await Mime.Build(settings, message).WriteToAsync(path, cancellationToken);
        logger.LogInformation("No SMTP server configured: e-mail {Subject} to {To} written to {Path}", message.Subject, message.To, path);
    }
}
