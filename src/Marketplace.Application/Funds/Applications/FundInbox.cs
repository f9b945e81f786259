using Marketplace.Application.Common;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Funds.Applications;

public sealed record FundInbox(Guid FundId, LocalizedText FundName, PagedList<InboxApplication> Applications, PagedList<SentIntro> Intros);
