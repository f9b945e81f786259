namespace Marketplace.Domain.Conversations;

/// <summary>What a conversation party is: one user, or every current member of a startup or a fund.</summary>
public enum PartyKind
{
    User,
    Startup,
    Fund,
}
