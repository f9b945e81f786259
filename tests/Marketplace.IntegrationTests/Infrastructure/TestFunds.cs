using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Funds a test makes for itself: through the form (to test it) or through the use case (to get on with the test).</summary>
public static class TestFunds
{
    /// <summary>A complete, valid fund form; tests replace the fields they are about.</summary>
    public static Dictionary<string, string> Form(string nameEn, string? nameZh = "测试基金", string clusterKey = "beijing") => new()
    {
        ["NameEn"] = nameEn,
        ["NameZh"] = nameZh ?? "",
        ["DescriptionEn"] = "Early-stage AI infrastructure in Beijing.",
        ["DescriptionZh"] = "专注北京早期人工智能基础设施。",
        ["Type"] = "guidance",
        ["ClusterKey"] = clusterKey,
        ["Website"] = "https://example.com/fund",
        ["SizeAmount"] = "2000000000",
        ["SizeCurrency"] = "CNY",
    };

    /// <summary>A mandate with only the rules a test names (the others: any).</summary>
    public static Mandate Mandate(
        string[]? sectors = null, string[]? stages = null, (long? Min, long? Max, string Currency)? ticket = null, string[]? targets = null,
        bool openToOtherClusters = true, bool openToNewDeals = true, int? weeklyCapacity = null, RegionRule? rule = null) =>
        new(sectors ?? [], stages ?? [], ticket is { } t ? new TicketRange(t.Min, t.Max, t.Currency) : null, targets ?? [],
            openToOtherClusters, openToNewDeals, weeklyCapacity, rule ?? RegionRule.None);

    public static string UniqueName(string prefix = "Fund") => $"{prefix} {Guid.NewGuid():N}"[..30];

    public static async Task<Guid> CreateAsync(MarketplaceApp app, TestUser manager, string? nameEn = null, string type = "venture-capital") =>
        await app.SendAsync(
            new CreateFund.Command(nameEn ?? UniqueName(), "测试基金", null, null, type, "beijing", null, null, null),
            MarketplaceApp.Principal(manager.Id, RoleNames.FundManager));
}
