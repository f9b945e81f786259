namespace Marketplace.Application.Funds.Pipeline;

/// <summary>Where an investment stands against a guidance fund's region.</summary>
public enum RegionStanding
{
    Outside,
    InRegion,
    ByRelocation,
}
