namespace Marketplace.Application.Files;

/// <summary>A file as a form posted it; the content type the browser claims is not trusted (see <see cref="FileSniffer"/>).</summary>
public sealed record UploadedFile(string? FileName, long Length, Stream Content);
