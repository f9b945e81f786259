using System.Security.Cryptography;
using Marketplace.Application.Common;
using Marketplace.Domain.Files;

namespace Marketplace.Application.Files;

/// <summary>Where uploaded bytes live: local disk by default (outside wwwroot), another store behind the same interface.</summary>
public interface IFileStore
{
    /// <summary>Stores the bytes and returns the key to read them back with.</summary>
    Task<string> SaveAsync(Stream content, string purpose, CancellationToken ct);

    Task<Stream> OpenReadAsync(string key, CancellationToken ct);
}

/// <summary>A file as a form posted it; the content type the browser claims is not trusted (see <see cref="FileSniffer"/>).</summary>
public sealed record UploadedFile(string? FileName, long Length, Stream Content);

/// <summary>Recognises file types by their first bytes, never by name or claimed type.</summary>
public static class FileSniffer
{
    public const int HeaderLength = 16;

    public static string? ImageType(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return "image/png";
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            return "image/jpeg";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return "image/webp";
        return null;
    }

    public static bool IsPdf(ReadOnlySpan<byte> head) => head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8);

    /// <summary>Reads the first bytes of a seekable copy of the upload and rewinds it.</summary>
    public static async Task<byte[]> HeadAsync(Stream content, CancellationToken ct)
    {
        var buffer = new byte[HeaderLength];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await content.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0)
                break;
            read += n;
        }
        content.Position = 0;
        return buffer[..read];
    }
}

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
