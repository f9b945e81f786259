namespace Marketplace.Application.Files;

/// <summary>Where uploaded bytes live: local disk by default (outside wwwroot), another store behind the same interface.</summary>
public interface IFileStore
{
    /// <summary>Stores the bytes and returns the key to read them back with.</summary>
    Task<string> SaveAsync(Stream content, string purpose, CancellationToken ct);

    Task<Stream> OpenReadAsync(string key, CancellationToken ct);
}
