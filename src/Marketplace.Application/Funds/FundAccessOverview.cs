using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds;

public sealed record FundAccessOverview(Guid FundId, LocalizedText FundName, PagedList<FundAccessItem> Requests);
