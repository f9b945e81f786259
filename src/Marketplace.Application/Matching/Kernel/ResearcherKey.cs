namespace Marketplace.Application.Matching.Kernel;

/// <summary>What the talent kernel reads of a researcher, packed together (see <see cref="TalentScoring.Values"/>).</summary>
internal struct ResearcherKey
{
    public ulong AreaMask, SkillLow, SkillHigh, DesiredMask;
    public int AreaCount, Degree, Years;
    /// <summary><see cref="Masks.AreasExact"/>, <see cref="Masks.SkillsExact"/>, <see cref="Masks.ClustersExact"/>: which masks hold the exact set.</summary>
    public byte MaskExact;
    public bool AnyType, Flexible, OpenToRelocation, NoDesired;
}
