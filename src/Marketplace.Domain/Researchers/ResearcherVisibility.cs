namespace Marketplace.Domain.Researchers;

/// <summary>
/// Who may see a researcher profile. Enforced by every list, search, page and export that shows
/// profiles: a hidden profile is never shown to anyone but its owner and administrators.
/// </summary>
public static class ResearcherVisibility
{
    /// <summary>Every signed-in founder and fund manager.</summary>
    public const string Public = "public";
    /// <summary>Only members of a startup or fund an administrator has verified.</summary>
    public const string VerifiedOrganisations = "verified-organisations";
    /// <summary>Nobody but the researcher and administrators.</summary>
    public const string Hidden = "hidden";

    public static readonly IReadOnlyList<string> All = [Public, VerifiedOrganisations, Hidden];

    /// <summary>
    /// The single rule, for one viewer. <paramref name="viewerMayBrowse"/> is true for signed-in
    /// founders and fund managers; <paramref name="viewerInVerifiedOrganisation"/> when the viewer
    /// belongs to a verified startup or fund.
    /// </summary>
    public static bool CanSee(string visibility, bool isOwnerOrAdmin, bool viewerMayBrowse, bool viewerInVerifiedOrganisation) =>
        isOwnerOrAdmin || visibility switch
        {
            Public => viewerMayBrowse,
            VerifiedOrganisations => viewerMayBrowse && viewerInVerifiedOrganisation,
            _ => false,
        };
}
