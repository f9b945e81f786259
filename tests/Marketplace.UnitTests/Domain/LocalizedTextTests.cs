using System.Globalization;
using Marketplace.Domain.Common;

namespace Marketplace.UnitTests.Domain;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Both = new("Beijing", "北京");

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("zh")]
    public void A_chinese_reader_gets_the_chinese_text(string culture) => Assert.Equal("北京", Both.For(culture));

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("fr-CA")]
    [InlineData("")]
    public void Any_other_reader_gets_the_english_text(string culture) => Assert.Equal("Beijing", Both.For(culture));

    [Fact]
    public void A_missing_language_falls_back_to_the_other_one()
    {
        Assert.Equal("Montreal", new LocalizedText("Montreal", null).For("zh-Hans"));
        Assert.Equal("蒙特利尔", new LocalizedText(null, "蒙特利尔").For("en"));
    }

    [Fact]
    public void Blank_text_counts_as_missing()
    {
        Assert.Equal("Montreal", new LocalizedText("Montreal", "  ").For("zh-Hans"));
        Assert.Equal("蒙特利尔", new LocalizedText("", "蒙特利尔").For("en"));
    }

    [Fact]
    public void Both_missing_gives_an_empty_string_and_is_empty()
    {
        Assert.Equal("", LocalizedText.Empty.For("en"));
        Assert.Equal("", new LocalizedText(null, null).For("zh-Hans"));
        Assert.True(new LocalizedText(" ", null).IsEmpty);
        Assert.False(new LocalizedText(null, "北京").IsEmpty);
    }

    [Fact]
    public void A_culture_object_reads_like_its_name()
    {
        Assert.Equal("北京", Both.For(CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("Beijing", Both.For(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_current_ui_culture_decides_by_default()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            Assert.Equal("北京", Both.ForCurrentCulture());
            Assert.Equal("北京", Both.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Beijing", Both.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
