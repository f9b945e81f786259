using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Startups;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>
/// Startups and funds written straight to the database for tests of what is built on them
/// (projects, access), with their owners and managers registered through the real pages.
/// </summary>
public static class Founders
{
    public static async Task<Guid> StartupAsync(MarketplaceApp app, params Guid[] owners)
    {
        return await app.QueryAsync(async db =>
        {
            var cluster = await db.Clusters.Where(c => c.Key == "hangzhou").Select(c => c.Id).SingleAsync();
            var startup = new Startup(new LocalizedText("Test startup " + Guid.NewGuid().ToString("N")[..8], "测试初创公司"), cluster, "series-a")
            {
                Sectors = ["healthcare"],
            };
            db.Startups.Add(startup);
            foreach (var owner in owners)
                db.StartupMembers.Add(new StartupMember { StartupId = startup.Id, UserId = owner, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return startup.Id;
        });
    }

    public static async Task<Guid> FundAsync(MarketplaceApp app, string nameEn, params Guid[] managers)
    {
        return await app.QueryAsync(async db =>
        {
            var fund = new Fund(new LocalizedText(nameEn, "测试基金"), "venture-capital");
            db.Funds.Add(fund);
            foreach (var manager in managers)
                db.FundMembers.Add(new FundMember { FundId = fund.Id, UserId = manager, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return fund.Id;
        });
    }
}
