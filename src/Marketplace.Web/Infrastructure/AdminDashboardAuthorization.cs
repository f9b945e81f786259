using Hangfire.Dashboard;
using Marketplace.Domain.Common;

namespace Marketplace.Web.Infrastructure;

public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(RoleNames.Admin);
}
