using System.Text.RegularExpressions;

namespace Marketplace.Domain.Researchers;

/// <summary>ORCID iDs: 16 characters in four groups, the last a check digit (ISO 7064 MOD 11-2, 'X' for 10).</summary>
public static class Orcid
{
    private static readonly Regex Shape = new(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$", RegexOptions.CultureInvariant);

    /// <summary>Accepts the bare iD or its https://orcid.org/ form; returns the bare iD, or null when the input is not an ORCID iD.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var id = input.Trim();
        foreach (var prefix in new[] { "https://orcid.org/", "http://orcid.org/", "orcid.org/" })
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                id = id[prefix.Length..];
        id = id.ToUpperInvariant();
        return IsValid(id) ? id : null;
    }

    public static bool IsValid(string? id) =>
        id is not null && Shape.IsMatch(id) && CheckDigit(id.Replace("-", "", StringComparison.Ordinal)[..15]) == id[^1];

    /// <summary>ISO 7064 MOD 11-2 over the first 15 digits.</summary>
    public static char CheckDigit(string fifteenDigits)
    {
        var total = 0;
        foreach (var c in fifteenDigits)
            total = (total + (c - '0')) * 2;
        var result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char)('0' + result);
    }
}
