namespace Marketplace.Application.Links;

/// <summary>
/// The path patterns of the pages that links made outside a request point at (e-mails sent by the web app,
/// its jobs or the CLI). Each is written here once: the web's controllers route with these constants and
/// <see cref="SiteLinks"/> fills them in, so the two cannot drift apart. Pages only the web links to keep their
/// pattern on their action and are reached through tag helpers.
/// </summary>
public static class SiteRoutes
{
    public const string ConfirmEmail = "/account/confirm-email";
    public const string ResetPassword = "/account/reset-password";
    public const string StartupInvitation = "/startups/invitations/{token}";
    public const string FundInvitation = "/funds/invitations/{token}";
    public const string Dashboard = "/dashboard";
    public const string Profile = "/account/profile";
}
