using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

/// <summary>Who belongs to a party, and which conversations a user may see: those where they are a party or a member of one.</summary>
internal static class ConversationParties
{
    public static async Task<List<Guid>> MemberIdsAsync(IAppDbContext db, Party party, CancellationToken ct) => party.Kind switch
    {
        PartyKind.User => [party.Id],
        PartyKind.Startup => await db.StartupMembers.Where(m => m.StartupId == party.Id).Select(m => m.UserId).ToListAsync(ct),
        _ => await db.FundMembers.Where(m => m.FundId == party.Id).Select(m => m.UserId).ToListAsync(ct),
    };

    /// <summary>The parties the user speaks for: themselves, their startups and their funds.</summary>
    public sealed record Memberships(Guid UserId, List<Guid> StartupIds, List<Guid> FundIds);

    public static async Task<Memberships> OfAsync(IAppDbContext db, Guid userId, CancellationToken ct) => new(
        userId,
        await db.StartupMembers.Where(m => m.UserId == userId).Select(m => m.StartupId).ToListAsync(ct),
        await db.FundMembers.Where(m => m.UserId == userId).Select(m => m.FundId).ToListAsync(ct));

    public static IQueryable<Conversation> Visible(IQueryable<Conversation> conversations, Memberships me) =>
        conversations.Where(c =>
            (c.FirstPartyKind == PartyKind.User && c.FirstPartyId == me.UserId)
            || (c.FirstPartyKind == PartyKind.Startup && me.StartupIds.Contains(c.FirstPartyId))
            || (c.FirstPartyKind == PartyKind.Fund && me.FundIds.Contains(c.FirstPartyId))
            || (c.SecondPartyKind == PartyKind.User && c.SecondPartyId == me.UserId)
            || (c.SecondPartyKind == PartyKind.Startup && me.StartupIds.Contains(c.SecondPartyId))
            || (c.SecondPartyKind == PartyKind.Fund && me.FundIds.Contains(c.SecondPartyId)));

    public static bool IsMember(Memberships me, PartyKind kind, Guid id) => kind switch
    {
        PartyKind.User => id == me.UserId,
        PartyKind.Startup => me.StartupIds.Contains(id),
        _ => me.FundIds.Contains(id),
    };

    /// <summary>The conversation when the user is a member of one of its parties; NotFound for everyone else, so nobody learns it exists.</summary>
    public static async Task<(Conversation Conversation, Memberships Me, bool First)> RequireAsync(
        IAppDbContext db, ICurrentUser user, Guid conversationId, bool track, CancellationToken ct)
    {
        var id = user.Id ?? throw new NotAuthenticatedException();
        var me = await OfAsync(db, id, ct);
        var query = track ? db.Conversations : db.Conversations.AsNoTracking();
        var conversation = await query.FirstOrDefaultAsync(c => c.Id == conversationId, ct) ?? throw new NotFoundException("Conversation");
        if (IsMember(me, conversation.FirstPartyKind, conversation.FirstPartyId))
            return (conversation, me, true);
        if (IsMember(me, conversation.SecondPartyKind, conversation.SecondPartyId))
            return (conversation, me, false);
        throw new NotFoundException("Conversation");
    }

    /// <summary>The party's name in the reader's language: a person's display name, a startup's or fund's name.</summary>
    public static async Task<Dictionary<(PartyKind, Guid), string>> NamesAsync(IAppDbContext db, IEnumerable<Party> parties, CancellationToken ct)
    {
        var list = parties.Distinct().ToList();
        var users = list.Where(p => p.Kind == PartyKind.User).Select(p => p.Id).ToList();
        var startups = list.Where(p => p.Kind == PartyKind.Startup).Select(p => p.Id).ToList();
        var funds = list.Where(p => p.Kind == PartyKind.Fund).Select(p => p.Id).ToList();
        var names = new Dictionary<(PartyKind, Guid), string>();
        foreach (var u in await db.UserProfiles.AsNoTracking().Where(p => users.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct))
            names[(PartyKind.User, u.Id)] = u.DisplayName;
        foreach (var s in await db.Startups.AsNoTracking().Where(s => startups.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            names[(PartyKind.Startup, s.Id)] = Name(s.Name);
        foreach (var f in await db.Funds.AsNoTracking().Where(f => funds.Contains(f.Id)).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            names[(PartyKind.Fund, f.Id)] = Name(f.Name);
        return names;
    }

    private static string Name(LocalizedText text) => text.For(System.Globalization.CultureInfo.CurrentUICulture);
}
