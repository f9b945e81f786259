namespace Marketplace.Application.Conversations;

public sealed record ConversationView(Guid Id, string Subject, string MyParty, string OtherParty, IReadOnlyList<MessageItem> Messages);
