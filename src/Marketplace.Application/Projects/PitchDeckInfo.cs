namespace Marketplace.Application.Projects;

public sealed record PitchDeckInfo(string? FileName, long Length, DateTime UploadedAt);
