using Marketplace.Application.Accounts;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Links in e-mails point at App:BaseUrl when it is set. Only without it (development, tests) do
/// they follow the request's host: a forged Host header must not send someone's reset token elsewhere.
/// </summary>
public sealed class AppLinks(IHttpContextAccessor accessor, LinkGenerator links, IConfiguration configuration) : IAppLinks
{
    public string ConfirmEmail(Guid userId, string token) => Build("ConfirmEmail", new { userId, token });

    public string ResetPassword(Guid userId, string token) => Build("ResetPassword", new { userId, token });

    public string StartupInvitation(string token) => Build("Invitation", new { token }, "Startups");

    public string FundInvitation(string token) => Build("Invitation", new { token }, "FundPages");

    public string Page(string path)
    {
        var configured = configuration["App:BaseUrl"];
        var context = accessor.HttpContext;
        var root = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : context is not null ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : "http://localhost:5000";
        return root + path;
    }

    private string Build(string action, object values, string controller = "Account")
    {
        var configured = configuration["App:BaseUrl"];
        var context = accessor.HttpContext;
        if (string.IsNullOrWhiteSpace(configured) && context is not null)
            return links.GetUriByAction(context, action, controller, values)!;
        var baseUrl = new Uri(string.IsNullOrWhiteSpace(configured) ? "http://localhost:5000" : configured);
        return links.GetUriByAction(action, controller, values, baseUrl.Scheme, new HostString(baseUrl.Authority), new PathString(baseUrl.AbsolutePath.TrimEnd('/')))!;
    }
}
