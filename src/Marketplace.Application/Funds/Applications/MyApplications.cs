using Marketplace.Application.Common;

namespace Marketplace.Application.Funds.Applications;

public sealed record MyApplications(PagedList<MyApplication> Applications, PagedList<IncomingIntro> Intros);
