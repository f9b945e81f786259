namespace Marketplace.Infrastructure.Email;

public sealed class SmtpSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 587;
    public string? UserName { get; init; }
    public string? Password { get; init; }
    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string Security { get; init; } = "Auto";
}
