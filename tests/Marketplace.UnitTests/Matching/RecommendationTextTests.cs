using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;

namespace Marketplace.UnitTests.Matching;

public sealed class RecommendationTextTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Every_talent_rule_reason_reads_as_a_sentence(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            foreach (var reason in TalentReasons.All)
                Assert.NotEqual("Matching.Rule." + reason, Text.Get("Matching.Rule." + reason));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
