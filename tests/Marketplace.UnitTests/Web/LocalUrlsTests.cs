using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.UnitTests.Web;

public sealed class LocalUrlsTests
{
    private const string Fallback = "/fallback";

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/projects", "/projects")]
    [InlineData("/projects?sector=healthcare&page=2#top", "/projects?sector=healthcare&page=2#top")]
    [InlineData("/projects/%E4%B8%AD", "/projects/%E4%B8%AD")]
    [InlineData("~/dashboard", "/dashboard")]
    public void Should_keep_a_local_path_that_is_already_a_valid_header_as_it_is(string url, string expected) =>
        Assert.Equal(expected, LocalUrls.OrDefault(url, Fallback));

    [Theory]
    [InlineData("/projects¿'\"(", "/projects%C2%BF'%22(")]
    [InlineData("/x\u202e", "/x%E2%80%AE")]
    [InlineData("/研究者?q=机器人", "/%E7%A0%94%E7%A9%B6%E8%80%85?q=%E6%9C%BA%E5%99%A8%E4%BA%BA")]
    [InlineData("/a b<c>", "/a%20b%3Cc%3E")]
    [InlineData("/a\\b", "/a%5Cb")]
    [InlineData("/\ud83d\ude00", "/%F0%9F%98%80")]
    public void Should_percent_encode_what_a_header_cannot_carry_as_utf8(string url, string expected) =>
        Assert.Equal(expected, LocalUrls.OrDefault(url, Fallback));

    [Fact]
    public void Should_encode_a_lone_surrogate_as_the_replacement_character() =>
        // Built in code: an attribute argument cannot carry a lone surrogate.
        Assert.Equal("/lone%EF%BF%BD", LocalUrls.OrDefault("/lone" + (char)0xD800, Fallback));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/path")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("http://evil.example")]
    [InlineData("https://evil.example/projects")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example")]
    [InlineData("projects")]
    [InlineData("~//evil.example")]
    [InlineData("~/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\nSet-Cookie: a=b")]
    [InlineData("/projects\u0000")]
    [InlineData("/projects\u0007")]
    [InlineData("/x\u0085")]
    public void Should_refuse_what_could_leave_the_site_or_carries_control_characters(string? url) =>
        Assert.Equal(Fallback, LocalUrls.OrDefault(url, Fallback));

    [Fact]
    public void Should_refuse_an_address_too_long_to_follow()
    {
        Assert.Equal(Fallback, LocalUrls.OrDefault("/" + new string('a', LocalUrls.MaxLength), Fallback));
        Assert.Equal("/" + new string('a', LocalUrls.MaxLength - 1), LocalUrls.OrDefault("/" + new string('a', LocalUrls.MaxLength - 1), Fallback));
    }

    [Theory]
    [InlineData("/projects¿'\"(")]
    [InlineData("/x\u202e")]
    [InlineData("/研究者")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    public void Should_always_give_a_local_url_that_a_header_can_carry(string url)
    {
        var safe = LocalUrls.OrDefault(url, Fallback);
        var urls = new UrlHelper(new ActionContext(new DefaultHttpContext(), new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        Assert.True(urls.IsLocalUrl(safe), safe);
        // What Kestrel checks before it writes a header: visible ASCII only.
        Assert.All(safe, c => Assert.InRange(c, '\u0021', '\u007e'));
    }
}
