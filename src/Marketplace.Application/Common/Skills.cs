using FluentValidation;
using Marketplace.Domain.Researchers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common;

/// <summary>
/// Free skill tags shared by researcher profiles and positions: normalised the same way, remembered
/// so forms can suggest the tags people already use.
/// </summary>
public static class Skills
{
    /// <summary>Normalised, distinct, in the order given; blanks dropped.</summary>
    public static List<string> Normalise(IEnumerable<string>? raw) =>
        (raw ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(SkillTags.Normalise).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Splits a comma- or newline-separated form field ("PyTorch, CUDA") into tags.</summary>
    public static List<string> Parse(string? text) =>
        Normalise((text ?? "").Split([',', '，', '\n', ';', '；'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Adds the tags nobody used before to the suggestion list, inside the caller's transaction. Two
    /// people adding the same new tag at once both succeed: the database skips a tag that exists.
    /// </summary>
    public static Task RememberAsync(IAppDbContext db, IReadOnlyCollection<string> tags, DateTime now, CancellationToken ct) =>
        tags.Count == 0 ? Task.CompletedTask : db.AddMissingSkillTagsAsync(tags.Distinct(StringComparer.Ordinal).ToList(), now, ct);

    /// <summary>Up to <paramref name="max"/> known tags starting with (then containing) the typed text.</summary>
    public static async Task<List<string>> SuggestAsync(IAppDbContext db, string? typed, int max, CancellationToken ct)
    {
        var text = SkillTags.Normalise(typed ?? "");
        if (text.Length == 0)
            return [];
        var starting = await db.SkillTags.AsNoTracking().Where(t => t.Name.StartsWith(text)).OrderBy(t => t.Name).Select(t => t.Name).Take(max).ToListAsync(ct);
        if (starting.Count >= max)
            return starting;
        var containing = await db.SkillTags.AsNoTracking().Where(t => t.Name.Contains(text) && !t.Name.StartsWith(text))
            .OrderBy(t => t.Name).Select(t => t.Name).Take(max - starting.Count).ToListAsync(ct);
        return [.. starting, .. containing];
    }

    /// <summary>The rule for a list of tags: at most <paramref name="max"/>, each 1–40 characters of letters, digits, '+', '#', '.', '-'.</summary>
    public static IRuleBuilderOptions<T, List<string>> ValidSkills<T>(this IRuleBuilder<T, List<string>> rule, int max) =>
        rule.Must(tags => tags.Count <= max).WithMessage(_ => Text.Format("Validation.TooMany", max))
            .Must(tags => tags.All(IsWellFormed)).WithMessage(_ => Text.Get("Validation.SkillTag"));

    public static bool IsWellFormed(string tag) =>
        tag.Length is > 0 and <= SkillTag.MaxLength && tag.All(c => char.IsLetterOrDigit(c) || c is '+' or '#' or '.' or '-');
}
