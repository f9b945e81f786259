namespace Marketplace.IntegrationTests.Infrastructure;

public static class Redirects
{
    /// <summary>The path and query a Location header points to, whether the server wrote it absolute or relative.</summary>
    public static string PathOf(Uri? location) =>
        location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
