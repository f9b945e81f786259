using Marketplace.Domain.Conversations;

namespace Marketplace.Application.Conversations;

/// <summary>One side of a conversation: a user, or every current member of a startup or fund.</summary>
public sealed record Party(PartyKind Kind, Guid Id)
{
    public static Party User(Guid id) => new(PartyKind.User, id);

    public static Party Startup(Guid id) => new(PartyKind.Startup, id);

    public static Party Fund(Guid id) => new(PartyKind.Fund, id);
}
