namespace Marketplace.Application.Matching.Kernel;

public static class TalentReasons
{
    public const string OpenUntilDeadline = "open-until-deadline";
    public const string OpenWithoutDeadline = "open-without-deadline";
    public const string ProfilePublic = "profile-public";
    public const string VerifiedPoster = "verified-poster";
    public const string TypeWanted = "type-wanted";
    public const string AnyType = "any-type";
    /// <summary>Location: the position is in one of the researcher's desired clusters (argument: the cluster).</summary>
    public const string InDesiredCluster = "in-desired-cluster";
    /// <summary>Location: the position can be done remotely.</summary>
    public const string RemotePosition = "remote-position";
    /// <summary>Location: the researcher names no desired cluster.</summary>
    public const string AnyLocation = "any-location";
    /// <summary>Location: the researcher would relocate (argument: the position's cluster, when it has one).</summary>
    public const string OpenToRelocation = "open-to-relocation";
    public const string NotDismissed = "not-dismissed";

    public static readonly IReadOnlyList<string> All =
        [OpenUntilDeadline, OpenWithoutDeadline, ProfilePublic, VerifiedPoster, TypeWanted, AnyType,
            InDesiredCluster, RemotePosition, AnyLocation, OpenToRelocation, NotDismissed];
}
