using Marketplace.Infrastructure.Identity;

namespace Marketplace.UnitTests.Accounts;

public sealed class PasswordBlocklistTests
{
    private static readonly PasswordBlocklist Blocklist = new();

    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("Password123")]
    [InlineData("12345678")]
    [InlineData("qwertyuiop")]
    public void Should_contain_common_passwords_whatever_their_case(string password) => Assert.True(Blocklist.Contains(password));

    [Fact]
    public void Should_ship_more_than_a_thousand_passwords() => Assert.True(Blocklist.Count > 1000, $"only {Blocklist.Count} entries");

    [Theory]
    [InlineData("correct horse battery staple on the bund")]
    [InlineData("Zhongguancun-fund-2026-mandate")]
    [InlineData("a long enough test passphrase")]
    public void Should_not_contain_a_good_passphrase(string password) => Assert.False(Blocklist.Contains(password));

    [Fact]
    public void Should_ignore_surrounding_spaces() => Assert.True(Blocklist.Contains(" password123 "));
}
