using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Startups;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Researchers;

internal static class ResearcherFields
{
    /// <summary>Names of research areas in the profile's order, from the taxonomy (a retired term keeps its name).</summary>
    public static async Task<List<NamedCode>> AreaNamesAsync(IAppDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var names = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.ResearchArea && codes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        return codes.Select(c => new NamedCode(c, names.GetValueOrDefault(c) ?? new LocalizedText(c, c))).ToList();
    }

    public static async Task<List<NamedCode>> ClusterNamesAsync(IAppDbContext db, IReadOnlyList<string> keys, CancellationToken ct)
    {
        var names = await db.Clusters.AsNoTracking().Where(c => keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        return keys.Where(names.ContainsKey).Select(k => new NamedCode(k, names[k])).ToList();
    }

    /// <summary>The links of the form's text area: one per line (or separated by spaces), blanks dropped, duplicates once.</summary>
    public static List<string> Links(string? text) =>
        (text ?? "").Split(['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>An absolute http(s) address, as stored; null for anything else (no javascript:, no bare words).</summary>
    public static string? Link(string? text)
    {
        var trimmed = Input.Clean(text);
        if (trimmed is null || trimmed.Length > ResearcherLimits.LinkLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
            return null;
        return uri.AbsoluteUri;
    }

    public static List<PublicationInput> FilledRows(IReadOnlyList<PublicationInput>? rows) =>
        (rows ?? []).Where(r => r is not null && !r.IsBlank).ToList();
}
