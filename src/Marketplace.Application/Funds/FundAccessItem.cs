using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;

namespace Marketplace.Application.Funds;

/// <summary>One project the fund asked to see the confidential part of, and where that stands.</summary>
public sealed record FundAccessItem(
    Guid Id, Guid ProjectId, LocalizedText ProjectTitle, AccessStatus Status, string? RequestedByName, DateTime RequestedAt, DateTime? DecidedAt);
