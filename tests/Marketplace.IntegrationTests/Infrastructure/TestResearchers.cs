using Marketplace.Application.Researchers;
using Marketplace.Domain.Common;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Researcher profiles a test makes for itself: through the form (to test it) or through the use case (to get on with the test).</summary>
public static class TestResearchers
{
    /// <summary>A complete, valid profile form; tests replace or remove the fields they are about.</summary>
    public static Dictionary<string, string[]> Form(string headlineEn, string visibility = "public") => new()
    {
        ["HeadlineEn"] = [headlineEn],
        ["HeadlineZh"] = ["自然语言处理博士"],
        ["SummaryEn"] = ["Multilingual language models; would move for the right start-up."],
        ["SummaryZh"] = ["多语言大模型研究。"],
        ["AffiliationEn"] = ["Mila"],
        ["AffiliationZh"] = ["魁北克人工智能研究所"],
        ["AffiliationType"] = ["institute"],
        ["ResearchAreas"] = ["nlp", "multimodal"],
        ["Skills"] = ["PyTorch, Distributed Training"],
        ["Degree"] = ["phd"],
        ["YearsExperience"] = ["6"],
        ["Publications[0].Title"] = ["Cross-lingual transfer at scale"],
        ["Publications[0].Venue"] = ["ACL"],
        ["Publications[0].Year"] = ["2024"],
        ["Publications[0].Doi"] = ["https://doi.org/10.18653/v1/2024.acl-long.1"],
        ["Publications[0].Url"] = [""],
        ["Orcid"] = ["https://orcid.org/0000-0002-1825-0097"],
        ["Links"] = ["https://example.org/me\nhttps://github.com/example"],
        ["DesiredClusterKeys"] = ["shenzhen", "montreal"],
        ["OpenToRelocation"] = ["true"],
        ["PositionTypes"] = ["full-time", "postdoc"],
        ["AvailableFrom"] = ["2027-03-01"],
        ["SalaryExpectationAmount"] = ["7654321"],
        ["SalaryExpectationCurrency"] = ["CNY"],
        ["Visibility"] = [visibility],
        ["Version"] = [""],
    };

    /// <summary>A complete profile saved through the use case as its owner.</summary>
    public static SaveResearcherProfile.Command Command(
        string headlineEn, string visibility, IReadOnlyList<string>? clusters = null, IReadOnlyList<string>? areas = null, string skills = "pytorch",
        string? degree = "phd", bool relocation = true, IReadOnlyList<string>? types = null, long? salary = 7_654_321, string? summaryZh = "多语言大模型研究。",
        int? version = null) =>
        new(headlineEn, "研究者", "Language models for many languages.", summaryZh, "Test University", "测试大学", "university",
            areas ?? ["nlp"], skills, degree, 5,
            [new PublicationInput("A paper", "ACL", 2024, "10.18653/v1/2024.acl-long.1", null)], "0000-0002-1825-0097", "https://example.org/me",
            clusters ?? ["shenzhen"], relocation, types ?? ["full-time"], new DateOnly(2027, 1, 1), salary, salary is null ? null : "CNY", visibility, version);

    public static Task SaveAsync(MarketplaceApp app, TestUser researcher, SaveResearcherProfile.Command command) =>
        app.SendAsync(command, MarketplaceApp.Principal(researcher.Id, RoleNames.Researcher));

    public static string Marker() => "m" + Guid.NewGuid().ToString("N")[..12];
}
