using Marketplace.Application.Startups;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

public sealed record MyFundItem(Guid Id, LocalizedText Name, string Type, NamedCode? Cluster, bool IsVerified, string Role, DateTime JoinedAt);
