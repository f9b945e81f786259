namespace Marketplace.Application.Positions.Applications;

/// <summary>Why a researcher may not apply to a position now (<see cref="None"/>: they may).</summary>
public enum ApplyBlocker
{
    None,
    /// <summary>The position is closed or past its deadline.</summary>
    Closed,
    /// <summary>The researcher has no talent profile yet: applying shares it, so it must exist.</summary>
    NoProfile,
    /// <summary>A live application (Applied … Offer) is already there.</summary>
    AlreadyApplied,
    /// <summary>An earlier application ended in Rejected or Hired: the poster has decided.</summary>
    AlreadyDecided,
}
