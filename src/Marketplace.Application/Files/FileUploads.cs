using System.Security.Cryptography;
using Marketplace.Application.Common;
using Marketplace.Domain.Files;

namespace Marketplace.Application.Files;

/// <summary>Saves an upload that passed its checks and records it; the caller links the file to what it belongs to.</summary>
public sealed class FileUploads(IFileStore store, IAppDbContext db, TimeProvider clock)
{
    public async Task<StoredFile> SaveAsync(UploadedFile upload, string purpose, string contentType, Guid uploadedBy, CancellationToken ct)
    {
        // A seekable copy: hashed, then stored. Uploads are size-limited before they get here.
        using var copy = new MemoryStream();
        await upload.Content.CopyToAsync(copy, ct);
        copy.Position = 0;
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(copy, ct));
        copy.Position = 0;
        var key = await store.SaveAsync(copy, purpose, ct);
        var file = new StoredFile
        {
            Purpose = purpose,
            ContentType = contentType,
            OriginalName = upload.FileName is null ? null : Path.GetFileName(upload.FileName),
            Length = copy.Length,
            Sha256 = sha,
            StorageKey = key,
            UploadedById = uploadedBy,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.StoredFiles.Add(file);
        return file;
    }
}
