namespace Marketplace.Domain.Files;

/// <summary>An uploaded file (logo, pitch deck). Its bytes live in the file store, outside wwwroot.</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>"logo" or "pitch-deck": who may download it follows from what it belongs to.</summary>
    public string Purpose { get; set; } = null!;
    public string ContentType { get; set; } = null!;
    public string? OriginalName { get; set; }
    public long Length { get; set; }
    public string Sha256 { get; set; } = null!;
    /// <summary>Where the store keeps the bytes (for the local store: a relative path).</summary>
    public string StorageKey { get; set; } = null!;
    public Guid UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }
}
