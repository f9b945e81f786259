using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Applications;

public sealed record IncomingIntro(
    Guid Id, Guid FundId, LocalizedText FundName, Guid ProjectId, LocalizedText ProjectTitle, string RequestedBy, string Message,
    ConsentStatus Status, DateTime CreatedAt, Guid? ConversationId, int Version);
