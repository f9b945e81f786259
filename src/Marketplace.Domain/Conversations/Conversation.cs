namespace Marketplace.Domain.Conversations;

/// <summary>
/// A private exchange between exactly two sides, opened when one side accepts the other's
/// application or intro request (and, for the talent flow, an interview step). Only members of
/// its two parties may read or write it.
/// </summary>
public sealed class Conversation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>What opened it: "application", "intro" (the talent issue adds its own).</summary>
    public string Origin { get; set; } = null!;
    public Guid OriginId { get; set; }
    public PartyKind FirstPartyKind { get; set; }
    public Guid FirstPartyId { get; set; }
    public PartyKind SecondPartyKind { get; set; }
    public Guid SecondPartyId { get; set; }
    /// <summary>Shown as the conversation's title (e.g. the project's title, in both languages).</summary>
    public string Subject { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
    public DateTime LastMessageAt { get; set; }
}
