namespace Marketplace.Application.Import;

/// <summary>The file cannot be read as an import file at all (not JSON, wrong format marker): nothing was imported.</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
