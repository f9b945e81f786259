using Marketplace.Application.Funds;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>The hard rules of researcher ↔ position pairs (fund ↔ project pairs use <see cref="FitRules"/>).</summary>
public static class TalentRules
{
    public const string PositionOpen = "position-open";
    /// <summary>Only when the poster looks at researchers: a researcher looking at positions shows nobody their profile.</summary>
    public const string Visibility = "visibility";
    public const string PositionType = "position-type";
    /// <summary>
    /// The position is remote, or in a cluster the researcher wants, or the researcher is open to
    /// relocation or names no cluster: nobody is shown a job where they will not work.
    /// </summary>
    public const string Location = "location";
    public const string NotDismissed = "not-dismissed";

    public static readonly IReadOnlyList<string> All = [PositionOpen, Visibility, PositionType, Location, NotDismissed];
}
