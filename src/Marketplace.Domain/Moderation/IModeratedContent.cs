namespace Marketplace.Domain.Moderation;

/// <summary>Content that goes through the moderation workflow.</summary>
public interface IModeratedContent
{
    Guid Id { get; }
    string ContentType { get; }
    ModerationState State { get; set; }
}
