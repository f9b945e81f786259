namespace Marketplace.Application.Projects;

/// <summary>An opened pitch deck: the caller streams it to the reader and disposes it.</summary>
public sealed record PitchDeckDownload(Stream Content, string ContentType, string FileName, long Length);
