using Marketplace.Domain.Common;
using Marketplace.Domain.Projects;

namespace Marketplace.Application.Projects;

public sealed record AccessItem(
    Guid Id, Guid FundId, LocalizedText FundName, AccessStatus Status, string? Message, string? RequestedByName,
    DateTime RequestedAt, DateTime? DecidedAt, int Version);
