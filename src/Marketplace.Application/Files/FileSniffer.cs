namespace Marketplace.Application.Files;

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
