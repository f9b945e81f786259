namespace Marketplace.Domain.Conversations;

public sealed class ConversationMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ConversationId { get; set; }
    public Guid SenderId { get; set; }
    public string Body { get; set; } = null!;
    public DateTime SentAt { get; set; }
}
