using Marketplace.Application.Common;
using Marketplace.Domain.Researchers;

namespace Marketplace.Application.Import;

/// <summary>Skill tags as the talent sections read them: normalised like the site's forms (Skills.Normalise).</summary>
internal static class ImportSkills
{
    public static bool IsWellFormed(string? raw) => !string.IsNullOrWhiteSpace(raw) && Skills.IsWellFormed(SkillTags.Normalise(raw));

    public static List<string> Normalise(IReadOnlyList<string?>? raw) => Skills.Normalise(raw?.OfType<string>());
}
