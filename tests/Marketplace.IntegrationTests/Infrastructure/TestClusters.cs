using Marketplace.Application.Clusters;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Clusters a test makes for itself, so it never edits the reference clusters other tests read.</summary>
public static class TestClusters
{
    public static string UniqueKey(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}"[..24];

    public static async Task<(string Key, Guid Id)> CreateAsync(MarketplaceApp app, string? nameEn = null)
    {
        var key = UniqueKey();
        await app.SendAsync(new CreateCluster.Command(key, nameEn ?? "Test cluster " + key, "测试集群", "CN", "Sichuan",
            "application-scenario", "A cluster made by a test.", null));
        var id = await app.QueryAsync(db => Task.FromResult(db.Clusters.Single(c => c.Key == key).Id));
        return (key, id);
    }
}
