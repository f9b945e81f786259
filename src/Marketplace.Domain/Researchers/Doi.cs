using System.Text.RegularExpressions;

namespace Marketplace.Domain.Researchers;

/// <summary>DOIs: "10." + a registrant code of 4–9 digits (dot-separated subcodes allowed) + "/" + a suffix.</summary>
public static class Doi
{
    private static readonly Regex Shape = new(@"^10\.\d{4,9}(\.\d+)*/\S+$", RegexOptions.CultureInvariant);

    /// <summary>Accepts a bare DOI, "doi:" or https://doi.org/ form; returns the bare DOI, or null when it is not one.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var doi = input.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                doi = doi[prefix.Length..];
        return doi.Length <= 200 && Shape.IsMatch(doi) ? doi : null;
    }
}
