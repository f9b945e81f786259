namespace Marketplace.Application.Common;

public static class Input
{
    /// <summary>Trimmed text, or null for blank input, so "  " is never stored as a value.</summary>
    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
