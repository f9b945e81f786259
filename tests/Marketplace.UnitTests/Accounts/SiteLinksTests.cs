using Marketplace.Application.Links;
using Marketplace.Infrastructure.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Marketplace.UnitTests.Accounts;

/// <summary>
/// The links e-mails carry, as the CLI and the jobs make them (no request): the route patterns the controllers use,
/// filled in and encoded as ASP.NET Core's link generator does, after App:BaseUrl.
/// </summary>
public sealed class SiteLinksTests
{
    private static SiteLinks Links(string? baseUrl, HttpContext? request = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(baseUrl is null ? [] : [new("App:BaseUrl", baseUrl)])
            .Build();
        return new SiteLinks(new SiteAddress(new HttpContextAccessor { HttpContext = request }, configuration));
    }

    [Fact]
    public void Links_follow_the_configured_address_with_its_path_and_without_a_trailing_slash()
    {
        var userId = Guid.Parse("6f1c1f7e-7d1a-4c59-9d51-0f4a1c2b3d4e");
        var links = Links("https://Marketplace.Example.org/app/");

        Assert.Equal("https://marketplace.example.org/app/account/reset-password?userId=6f1c1f7e-7d1a-4c59-9d51-0f4a1c2b3d4e&token=CfDJ8%2Ba%2Fb%3D%3D",
            links.ResetPassword(userId, "CfDJ8+a/b=="));
        Assert.Equal("https://marketplace.example.org/app/account/confirm-email?userId=6f1c1f7e-7d1a-4c59-9d51-0f4a1c2b3d4e&token=t%26k%20n",
            links.ConfirmEmail(userId, "t&k n"));
        Assert.Equal("https://marketplace.example.org/app/startups/invitations/abc-DEF_123", links.StartupInvitation("abc-DEF_123"));
        Assert.Equal("https://marketplace.example.org/app/funds/invitations/a%2Fb%3Fc", links.FundInvitation("a/b?c"));
        Assert.Equal("https://marketplace.example.org/app/dashboard", links.Page(SiteRoutes.Dashboard));
    }

    [Fact]
    public void Without_a_configured_address_links_follow_the_request_and_outside_one_point_at_the_development_address()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("preview.example.org:8443");
        context.Request.PathBase = "/mp";

        Assert.Equal("https://preview.example.org:8443/mp/funds/invitations/x", Links(null, context).FundInvitation("x"));
        Assert.Equal("http://localhost:5000/funds/invitations/x", Links(null).FundInvitation("x"));
        // A configured address wins over the request's Host header, which a client can forge.
        Assert.Equal("https://marketplace.example.org/funds/invitations/x", Links("https://marketplace.example.org", context).FundInvitation("x"));
    }

    [Fact]
    public void A_pattern_takes_its_parameters_whatever_their_constraints_and_the_rest_go_to_the_query_in_order()
    {
        Assert.Equal("/funds/7/deals/9?stage=due-diligence&page=2",
            RouteTemplate.Expand("/funds/{fundId:guid}/deals/{dealId}", ("fundId", 7), ("stage", "due-diligence"), ("dealId", 9), ("page", 2)));
        Assert.Equal("/projects", RouteTemplate.Expand("/projects", ("cluster", null)));
        Assert.Throws<ArgumentException>(() => RouteTemplate.Expand("/startups/invitations/{token}"));
    }
}
