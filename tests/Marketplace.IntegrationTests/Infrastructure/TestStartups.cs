using Marketplace.Application.Startups;
using Marketplace.Domain.Common;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Startups a test makes for itself: through the form (to test it) or through the use case (to get on with the test).</summary>
public static class TestStartups
{
    /// <summary>A complete, valid startup form; tests replace the fields they are about.</summary>
    public static Dictionary<string, string[]> Form(string nameEn, string? nameZh = "测试初创", string clusterKey = "hangzhou") => new()
    {
        ["NameEn"] = [nameEn],
        ["NameZh"] = [nameZh ?? ""],
        ["DescriptionEn"] = ["Medical imaging models for county hospitals."],
        ["DescriptionZh"] = ["面向县级医院的医学影像模型。"],
        ["ClusterKey"] = [clusterKey],
        ["Sectors"] = ["healthcare", "foundation-models"],
        ["Stage"] = ["series-a"],
        ["FoundedYear"] = ["2023"],
        ["TeamSize"] = ["24"],
        ["Website"] = ["https://example.com/imaging"],
        ["RelocationClusterKeys"] = ["shenzhen"],
    };

    public static IEnumerable<KeyValuePair<string, string>> Flatten(this Dictionary<string, string[]> form) =>
        form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v)));

    public static string UniqueName(string prefix = "Startup") => $"{prefix} {Guid.NewGuid():N}"[..30];

    public static async Task<Guid> CreateAsync(MarketplaceApp app, TestUser founder, string? nameEn = null, string clusterKey = "hangzhou") =>
        await app.SendAsync(
            new CreateStartup.Command(nameEn ?? UniqueName(), "测试初创", null, null, clusterKey, ["healthcare"], "seed", "2024", "5", null, []),
            MarketplaceApp.Principal(founder.Id, RoleNames.Founder));
}
