using Marketplace.Application.Common;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Email;

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
