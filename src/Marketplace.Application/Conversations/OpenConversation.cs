using Marketplace.Application.Common;
using Marketplace.Domain.Common;
using Marketplace.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Conversations;

/// <summary>
/// Opens the conversation between two parties for something one side accepted (an application, an intro).
/// Used inside the accepting command, saved with it.
/// </summary>
public static class OpenConversation
{
    public static Conversation Open(IAppDbContext db, string origin, Guid originId, Party first, Party second, LocalizedText subject, DateTime now)
    {
        var conversation = new Conversation
        {
            Origin = origin,
            OriginId = originId,
            FirstPartyKind = first.Kind,
            FirstPartyId = first.Id,
            SecondPartyKind = second.Kind,
            SecondPartyId = second.Id,
            Subject = Subject(subject),
            CreatedAt = now,
            LastMessageAt = now,
        };
        db.Conversations.Add(conversation);
        return conversation;
    }

    /// <summary>
    /// The one conversation between a startup and a fund: the oldest already there (whichever of an intro
    /// or an application opened it, in either order of parties), or a new one. A startup and a fund that
    /// meet twice go on talking in one place instead of finding two threads with the same title.
    /// </summary>
    public static async Task<Conversation> BetweenAsync(
        IAppDbContext db, string origin, Guid originId, Guid startupId, Guid fundId, LocalizedText subject, DateTime now, CancellationToken ct)
    {
        var existing = await db.Conversations
            .Where(c => (c.FirstPartyKind == PartyKind.Startup && c.FirstPartyId == startupId && c.SecondPartyKind == PartyKind.Fund && c.SecondPartyId == fundId)
                || (c.FirstPartyKind == PartyKind.Fund && c.FirstPartyId == fundId && c.SecondPartyKind == PartyKind.Startup && c.SecondPartyId == startupId))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .FirstOrDefaultAsync(ct);
        if (existing is null)
            return Open(db, origin, originId, Party.Startup(startupId), Party.Fund(fundId), subject, now);
        if (existing.LastMessageAt < now)
            existing.LastMessageAt = now;
        return existing;
    }

    /// <summary>
    /// Carries what was written before the conversation existed (an application's or intro's message) into it,
    /// attributed to its writer at the time they wrote it. The one accepting has just read it: for them it is not unread.
    /// </summary>
    public static async Task CarryAsync(IAppDbContext db, Conversation conversation, Guid senderId, string body, DateTime writtenAt, Guid readerId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body))
            return;
        var text = body.Trim();
        db.ConversationMessages.Add(new ConversationMessage
        {
            ConversationId = conversation.Id,
            SenderId = senderId,
            Body = text.Length > SendMessage.MaxLength ? text[..SendMessage.MaxLength] : text,
            SentAt = writtenAt,
        });
        if (readerId == senderId)
            return;
        var read = await db.ConversationReads.FirstOrDefaultAsync(r => r.ConversationId == conversation.Id && r.UserId == readerId, ct)
            ?? db.ConversationReads.Local.FirstOrDefault(r => r.ConversationId == conversation.Id && r.UserId == readerId);
        if (read is null)
            db.ConversationReads.Add(new ConversationRead { ConversationId = conversation.Id, UserId = readerId, LastReadAt = writtenAt });
        else if (read.LastReadAt < writtenAt)
            read.LastReadAt = writtenAt;
    }

    /// <summary>The subject in both languages when they differ ("Clinic AI · 诊所人工智能").</summary>
    public static string Subject(LocalizedText text)
    {
        var en = text.En?.Trim();
        var zh = text.Zh?.Trim();
        var subject = string.IsNullOrEmpty(en) ? zh ?? "" : string.IsNullOrEmpty(zh) || zh == en ? en : en + " · " + zh;
        return subject.Length > 400 ? subject[..400] : subject;
    }
}
