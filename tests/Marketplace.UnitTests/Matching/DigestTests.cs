using System.Globalization;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Explanation;
using Marketplace.Application.Matching.Kernel;
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

    private static readonly LocalizedText Fund = new("Harbour Capital", "港湾资本");

    private static readonly RecommendationVocabulary Names = new(
        new FitVocabulary(new Dictionary<string, LocalizedText>(), new Dictionary<string, LocalizedText> { ["healthcare"] = new("Healthcare", "医疗健康") }),
        new Dictionary<string, LocalizedText>());

    private static MatchFactor Factor(string code, decimal contribution, params FitArg[] args) =>
        new(MatchSide.Fund, code, contribution, 1, 0.2, args);

    private static readonly MatchFactor SharedSectors = Factor(FactorCodes.Sector, 0.3m, new CodesArg(FitCodeKind.Sector, ["healthcare"]));

    private static string InCulture(string culture, Func<string> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_reason_is_the_largest_positive_factor_whose_sentence_does_not_say_what_is_lacking()
    {
        // A mandate open to every sector scores half on sectors, yet its sentence says none is shared: no reason.
        var noSectorNamed = Factor(FactorCodes.Sector, 0.5m, new CodesArg(FitCodeKind.Sector, Array.Empty<string>()));
        var stage = Factor(FactorCodes.Stage, 0.2m, new CodesArg(FitCodeKind.Stage, "series-a"));
        var noSkills = Factor(FactorCodes.Skills, 0.4m, new TalentCodesArg(TalentCodesArg.Skill, []));
        var noWeeklyLimit = Factor(FactorCodes.Capacity, 0.1m);
        var dismissed = Factor(FactorCodes.SimilarToDismissed, -0.6m, new FeedbackArg(Guid.NewGuid(), null));

        Assert.Equal(stage, RecommendationText.Reason([noSectorNamed, noSkills, stage, noWeeklyLimit, dismissed], Names));
        Assert.Equal(noWeeklyLimit, RecommendationText.Reason([noSectorNamed, noWeeklyLimit], Names));
        Assert.Null(RecommendationText.Reason([noSectorNamed, noSkills, dismissed, Factor(FactorCodes.Freshness, 0m, new NumberArg("days", 3))], Names));
    }

    [Fact]
    public void The_e_mail_is_written_in_the_readers_language_with_names_in_it_and_both_links()
    {
        var items = new[] { new DigestItem(new LocalizedText("Imaging AI", "影像智能"), Fund, SharedSectors) };
        var before = CultureInfo.CurrentUICulture;

        var zh = DigestEmail.Compose("a@example.org", "zh-Hans", "李雷", items, Names, "https://m.example/dashboard", "https://m.example/account/profile");
        Assert.Equal("a@example.org", zh.To);
        Assert.Equal("每周推荐：1 条新推荐", zh.Subject);
        Assert.Contains("李雷，您好", zh.TextBody);
        Assert.Contains("- 影像智能（推荐给：港湾资本）", zh.TextBody);
        // The reason is the sentence the recommendation's "why" panel shows, in the reader's language.
        Assert.Contains("推荐理由：共同行业：医疗健康。", zh.TextBody);
        Assert.Contains("推荐理由：" + InCulture("zh-Hans", () => RecommendationText.Sentence(SharedSectors, Names)), zh.TextBody);
        Assert.Contains("https://m.example/dashboard", zh.TextBody);
        Assert.Contains("https://m.example/account/profile", zh.TextBody);
        Assert.Contains("href=\"https://m.example/account/profile\"", zh.HtmlBody);

        var en = DigestEmail.Compose("a@example.org", "en", "Li Lei", items, Names, "https://m.example/dashboard", "https://m.example/account/profile");
        Assert.Equal("Your weekly recommendations: 1 new", en.Subject);
        Assert.Contains("- Imaging AI (for Harbour Capital)", en.TextBody);
        Assert.Contains("Why: Sectors in common: Healthcare.", en.TextBody);
        Assert.Contains("<small>Why: Sectors in common: Healthcare.</small>", en.HtmlBody);
        Assert.Contains("Why: " + InCulture("en", () => RecommendationText.Sentence(SharedSectors, Names)), en.TextBody);
        // Composing in another language leaves the caller's culture as it was.
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void The_e_mail_lists_ten_items_counts_the_rest_and_encodes_names_in_html()
    {
        var items = Enumerable.Range(1, 13)
            .Select(i => new DigestItem(new LocalizedText($"<b>Project {i:D2}</b>", null), null, i == 1 ? null : SharedSectors))
            .ToList();

        var mail = DigestEmail.Compose("a@example.org", "en", "Ann", items, Names, "https://m.example/dashboard", "https://m.example/account/profile");

        Assert.Equal("Your weekly recommendations: 13 new", mail.Subject);
        Assert.Contains("<b>Project 10</b> (for your researcher profile)", mail.TextBody);
        Assert.DoesNotContain("Project 11", mail.TextBody);
        Assert.Contains("and 3 more on your dashboard", mail.TextBody);
        Assert.Contains("&lt;b&gt;Project 01&lt;/b&gt;", mail.HtmlBody);
        Assert.DoesNotContain("<b>Project", mail.HtmlBody);
        // An item with no factor speaking for it gets no reason line.
        Assert.Equal(9, mail.TextBody.Split('\n').Count(l => l.Contains("Why:", StringComparison.Ordinal)));
    }
}
