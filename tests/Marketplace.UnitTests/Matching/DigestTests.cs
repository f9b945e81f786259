using System.Globalization;
using System.Reflection;
using Marketplace.Application.Matching;
using Marketplace.Domain.Common;

namespace Marketplace.UnitTests.Matching;

/// <summary>The digest's period (ISO weeks) and its e-mail, written from resources in the reader's language.</summary>
public sealed class DigestTests
{
    [Theory]
    [InlineData("2026-11-27T12:00:00Z", "2026-W48")]
    // ISO weeks start on Monday, at midnight UTC.
    [InlineData("2026-11-29T23:59:59Z", "2026-W48")]
    [InlineData("2026-11-30T00:00:00Z", "2026-W49")]
    // The week of a year's first Thursday is its week 1, even when it starts in December.
    [InlineData("2025-12-29T08:00:00Z", "2026-W01")]
    // 2026 starts on a Thursday, so it has 53 weeks; 1 January 2027 (a Friday) is still in the last of them.
    [InlineData("2027-01-01T08:00:00Z", "2026-W53")]
    [InlineData("2027-01-04T08:00:00Z", "2027-W01")]
    public void The_period_is_the_ISO_week_of_the_moment_in_UTC(string moment, string period) =>
        Assert.Equal(period, DigestPeriods.Of(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_period_follows_UTC_not_the_local_offset()
    {
        // Monday 07:00 in Beijing is still Sunday in UTC.
        Assert.Equal("2026-W48", DigestPeriods.Of(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("2026-W48", true)]
    [InlineData("2026-W01", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-W54", false)]
    [InlineData("2026-48", false)]
    [InlineData("2026-w48", false)]
    [InlineData("26-W48", false)]
    [InlineData("2026-W4", false)]
    [InlineData("+026-W48", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_weeks_that_exist_are_valid_periods(string? period, bool valid) => Assert.Equal(valid, DigestPeriods.IsValid(period));

    [Fact]
    public void Every_factor_has_a_reason_in_both_languages()
    {
        var codes = typeof(FactorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.NotEmpty(codes);
        foreach (var culture in new[] { "en", "zh-Hans" })
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                foreach (var code in codes)
                    Assert.NotEqual(code, DigestEmail.Reason(code));
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
        Assert.NotEqual(Reason("en", FactorCodes.Sector), Reason("zh-Hans", FactorCodes.Sector));
    }

    private static string Reason(string culture, string code)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return DigestEmail.Reason(code);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static readonly LocalizedText Fund = new("Harbour Capital", "港湾资本");

    [Fact]
    public void The_e_mail_is_written_in_the_readers_language_with_names_in_it_and_both_links()
    {
        var items = new[] { new DigestItem(new LocalizedText("Imaging AI", "影像智能"), Fund, FactorCodes.Sector) };
        var before = CultureInfo.CurrentUICulture;

        var zh = DigestEmail.Compose("a@example.org", "zh-Hans", "李雷", items, "https://m.example/dashboard", "https://m.example/account/profile");
        Assert.Equal("a@example.org", zh.To);
        Assert.Equal("每周推荐：1 条新推荐", zh.Subject);
        Assert.Contains("李雷，您好", zh.TextBody);
        Assert.Contains("- 影像智能（推荐给：港湾资本）", zh.TextBody);
        Assert.Contains("推荐理由：行业相符", zh.TextBody);
        Assert.Contains("https://m.example/dashboard", zh.TextBody);
        Assert.Contains("https://m.example/account/profile", zh.TextBody);
        Assert.Contains("href=\"https://m.example/account/profile\"", zh.HtmlBody);

        var en = DigestEmail.Compose("a@example.org", "en", "Li Lei", items, "https://m.example/dashboard", "https://m.example/account/profile");
        Assert.Equal("Your weekly recommendations: 1 new", en.Subject);
        Assert.Contains("- Imaging AI (for Harbour Capital)", en.TextBody);
        Assert.Contains("Why: its sectors match", en.TextBody);
        // Composing in another language leaves the caller's culture as it was.
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void The_e_mail_lists_ten_items_counts_the_rest_and_encodes_names_in_html()
    {
        var items = Enumerable.Range(1, 13)
            .Select(i => new DigestItem(new LocalizedText($"<b>Project {i:D2}</b>", null), null, i == 1 ? null : FactorCodes.Skills))
            .ToList();

        var mail = DigestEmail.Compose("a@example.org", "en", "Ann", items, "https://m.example/dashboard", "https://m.example/account/profile");

        Assert.Equal("Your weekly recommendations: 13 new", mail.Subject);
        Assert.Contains("<b>Project 10</b> (for your researcher profile)", mail.TextBody);
        Assert.DoesNotContain("Project 11", mail.TextBody);
        Assert.Contains("and 3 more on your dashboard", mail.TextBody);
        Assert.Contains("&lt;b&gt;Project 01&lt;/b&gt;", mail.HtmlBody);
        Assert.DoesNotContain("<b>Project", mail.HtmlBody);
        // An item without a positive factor gets no reason line.
        Assert.Equal(9, mail.TextBody.Split('\n').Count(l => l.Contains("Why:", StringComparison.Ordinal)));
    }
}
