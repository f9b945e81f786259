namespace Marketplace.Domain.Notifications;

/// <summary>
/// An in-app notification. The text is not stored: <see cref="Kind"/> names a resource
/// ("Notification.{Kind}") rendered in the reader's language with <see cref="Arguments"/>.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public string Kind { get; set; } = null!;
    /// <summary>JSON array of strings for the message's placeholders.</summary>
    public string Arguments { get; set; } = "[]";
    /// <summary>A local URL the notification leads to.</summary>
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
