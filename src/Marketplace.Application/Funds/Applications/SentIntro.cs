using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Applications;

public sealed record SentIntro(Guid Id, Guid ProjectId, LocalizedText ProjectTitle, string RequestedBy, string Message, ConsentStatus Status, DateTime CreatedAt, Guid? ConversationId, int Version);
