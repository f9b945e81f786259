using Marketplace.Application.Accounts;

namespace Marketplace.Application.Links;

/// <summary>
/// The absolute links e-mails carry, for the web app and the CLI alike: the patterns of <see cref="SiteRoutes"/>
/// filled in and put after the <see cref="ISiteAddress"/> each host knows.
/// </summary>
public sealed class SiteLinks(ISiteAddress site) : IAppLinks
{
    public string ConfirmEmail(Guid userId, string token) =>
        site.Root + RouteTemplate.Expand(SiteRoutes.ConfirmEmail, ("userId", userId), ("token", token));

    public string ResetPassword(Guid userId, string token) =>
        site.Root + RouteTemplate.Expand(SiteRoutes.ResetPassword, ("userId", userId), ("token", token));

    public string StartupInvitation(string token) => site.Root + RouteTemplate.Expand(SiteRoutes.StartupInvitation, ("token", token));

    public string FundInvitation(string token) => site.Root + RouteTemplate.Expand(SiteRoutes.FundInvitation, ("token", token));

    public string Page(string path) => site.Root + path;
}
