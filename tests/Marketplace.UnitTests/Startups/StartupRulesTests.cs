using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Files;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Startups;

namespace Marketplace.UnitTests.Startups;

/// <summary>The startup rules that need no database: the website, typed numbers, invitation tokens and states, the logo checks.</summary>
public sealed class StartupRulesTests
{
    [Theory]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("  http://example.com/path?q=1  ", "http://example.com/path?q=1")]
    [InlineData("https://例子.中国/", "https://例子.中国/")]
    [InlineData("https://203.0.113.7/", "https://203.0.113.7/")]
    public void A_website_is_an_absolute_http_or_https_address(string input, string expected) =>
        Assert.Equal(expected, StartupFields.Website(input));

    [Theory]
    [InlineData("example.com")]
    [InlineData("www.example.com/path")]
    [InlineData("not a url")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://example.com/")]
    [InlineData("https://intranet/")]
    [InlineData("https://user:secret@example.com/")]
    [InlineData("https://exa mple.com/")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_website(string? input) => Assert.Null(StartupFields.Website(input));

    [Fact]
    public void A_website_longer_than_the_column_is_refused() =>
        Assert.Null(StartupFields.Website("https://example.com/" + new string('a', StartupLimits.WebsiteMaxLength)));

    [Theory]
    [InlineData("2023", 2023)]
    [InlineData(" 24 ", 24)]
    [InlineData("0", 0)]
    [InlineData("twenty", null)]
    [InlineData("2.5", null)]
    [InlineData("-3", null)]
    [InlineData("1,000", null)]
    [InlineData("99999999999", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Whole_numbers_are_read_as_typed_or_not_at_all(string? input, int? expected) => Assert.Equal(expected, StartupFields.WholeNumber(input));

    [Fact]
    public void Codes_are_trimmed_deduplicated_and_keep_their_order() =>
        Assert.Equal(["healthcare", "fintech"], StartupFields.Codes([" healthcare", "fintech", "", null, "healthcare"]));

    [Fact]
    public void Invitation_tokens_are_random_url_safe_and_stored_only_as_their_hash()
    {
        var (token, hash) = InvitationTokens.New();
        var (other, _) = InvitationTokens.New();

        Assert.NotEqual(token, other);
        Assert.True(InvitationTokens.IsWellFormed(token));
        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, InvitationTokens.Hash(token));
        Assert.NotEqual(hash, InvitationTokens.Hash(other));
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../../etc/passwd-and-some-more-characters-x")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=")]
    public void Malformed_tokens_are_not_looked_up(string? token) => Assert.False(InvitationTokens.IsWellFormed(token));

    [Fact]
    public void An_invitation_is_pending_until_it_is_accepted_revoked_or_expires()
    {
        var now = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        StartupInvitation Open() => new() { ExpiresAt = now.AddDays(1) };

        Assert.Equal(InvitationStatus.Pending, Open().StatusAt(now));
        Assert.Equal(InvitationStatus.Expired, Open().StatusAt(now.AddDays(1)));
        var accepted = Open();
        accepted.AcceptedAt = now;
        Assert.Equal(InvitationStatus.Accepted, accepted.StatusAt(now.AddDays(30)));
        var revoked = Open();
        revoked.RevokedAt = now;
        Assert.Equal(InvitationStatus.Revoked, revoked.StatusAt(now.AddDays(30)));
    }

    public static TheoryData<string, byte[]> Images() => new()
    {
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'] },
        { "WebP", [.. "RIFF"u8.ToArray(), 0x24, 0, 0, 0, .. "WEBPVP8 "u8.ToArray()] },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task A_png_jpeg_or_webp_logo_passes(string what, byte[] content)
    {
        var result = await new UploadLogo.Validator().ValidateAsync(Command(content));
        Assert.True(result.IsValid, what + ": " + string.Join("; ", result.Errors));
    }

    public static TheoryData<string, byte[]> NotImages() => new()
    {
        { "text", "hello, this is plain text"u8.ToArray() },
        { "PDF", "%PDF-1.7 ..."u8.ToArray() },
        { "GIF", "GIF89a......"u8.ToArray() },
        { "SVG", "<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray() },
        { "PNG over 1 MB", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[UploadLogo.MaxBytes]] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task Anything_else_is_refused_at_the_logo_field(string what, byte[] content)
    {
        var result = await new UploadLogo.Validator().ValidateAsync(Command(content));
        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == nameof(UploadLogo.Command.Logo), what);
    }

    [Fact]
    public async Task No_file_at_all_is_refused_at_the_logo_field()
    {
        var result = await new UploadLogo.Validator().ValidateAsync(new UploadLogo.Command(Guid.NewGuid(), null));
        Assert.Equal(nameof(UploadLogo.Command.Logo), Assert.Single(result.Errors).PropertyName);
    }

    private static UploadLogo.Command Command(byte[] content) =>
        new(Guid.NewGuid(), new UploadedFile("logo.png", content.Length, new MemoryStream(content)));
}
