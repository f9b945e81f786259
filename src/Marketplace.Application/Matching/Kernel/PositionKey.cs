namespace Marketplace.Application.Matching.Kernel;

/// <summary>What the talent kernel reads of a position, packed together.</summary>
internal struct PositionKey
{
    public ulong AreaMask, SkillLow, SkillHigh;
    public double Freshness;
    public int AreaCount, SkillCount, MinDegree, MinYears, Cluster;
    public byte MaskExact;
    public bool Remote;
}
