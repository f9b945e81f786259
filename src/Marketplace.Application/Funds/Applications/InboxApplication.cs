using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Applications;

public sealed record InboxApplication(
    Guid Id, Guid ProjectId, LocalizedText ProjectTitle, LocalizedText StartupName, string ApplicantName, string Message,
    ConsentStatus Status, DateTime CreatedAt, string? DeclineNote, Guid? ConversationId, int Version);
