namespace Marketplace.Application.Matching.Kernel;

/// <summary>Codes of one kind that <see cref="FitCodeKind"/> does not name (research areas, skills, position types, degrees).</summary>
public sealed record TalentCodesArg(string Kind, IReadOnlyList<string> Codes) : FitArg
{
    public const string ResearchArea = "research-area";
    public const string Skill = "skill";
    public const string PositionType = "position-type";
    public const string Degree = "degree";

    public bool Equals(TalentCodesArg? other) => other is not null && Kind == other.Kind && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => HashCode.Combine(Kind, Codes.Count);
}
