using Marketplace.IntegrationTests.Infrastructure;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>Every browser test class talks to one app on SQLite over a real loopback port.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "browser";
}
