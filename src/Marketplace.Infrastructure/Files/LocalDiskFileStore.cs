using Marketplace.Application.Files;

namespace Marketplace.Infrastructure.Files;

/// <summary>Files under the data folder (never under wwwroot): served only by actions that check who may see them.</summary>
public sealed class LocalDiskFileStore(string root) : IFileStore
{
    public async Task<string> SaveAsync(Stream content, string purpose, CancellationToken ct)
    {
        var key = Path.Combine(purpose, DateTime.UtcNow.ToString("yyyy-MM"), Guid.NewGuid().ToString("N"));
        var path = Resolve(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, ct);
        return key.Replace('\\', '/');
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken ct) =>
        Task.FromResult<Stream>(new FileStream(Resolve(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    private string Resolve(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("File key outside the store.");
        return path;
    }
}
