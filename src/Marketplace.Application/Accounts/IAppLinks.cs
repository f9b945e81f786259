namespace Marketplace.Application.Accounts;

/// <summary>Absolute links that e-mails carry; the web app builds them from its routes.</summary>
public interface IAppLinks
{
    string ConfirmEmail(Guid userId, string token);
    string ResetPassword(Guid userId, string token);
    /// <summary>The page where a co-founder accepts an invitation to a startup.</summary>
    string StartupInvitation(string token);
    /// <summary>The page where a fund manager accepts an invitation to a fund's team.</summary>
    string FundInvitation(string token);
    /// <summary>A page of the site by its path ("/dashboard"), as an absolute link.</summary>
    string Page(string path);
}
