using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Applications;

/// <summary>An application as its founders see it: the status and, once the fund passed the deal, the structured reason.</summary>
public sealed record MyApplication(
    Guid Id, Guid FundId, LocalizedText FundName, Guid ProjectId, LocalizedText ProjectTitle, ConsentStatus Status, DateTime CreatedAt,
    string? DeclineNote, Guid? ConversationId, DealStage? DealStage, string? PassReason, string? PassNote, int Version);
