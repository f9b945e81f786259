namespace Marketplace.Domain.Conversations;

/// <summary>How far each user has read a conversation (unread counts are messages after this).</summary>
public sealed class ConversationRead
{
    public Guid ConversationId { get; set; }
    public Guid UserId { get; set; }
    public DateTime LastReadAt { get; set; }
}
