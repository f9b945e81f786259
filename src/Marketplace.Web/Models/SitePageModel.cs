namespace Marketplace.Web.Models;

/// <summary>What the footer's pages name: the operator (in the reader's language) and the contact address.</summary>
public sealed record SitePageModel(string Operator, string ContactEmail)
{
    public string MailTo => "mailto:" + ContactEmail;
}
