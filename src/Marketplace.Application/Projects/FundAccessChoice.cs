using Marketplace.Application.Funds.Applications;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Projects;

namespace Marketplace.Application.Projects;

/// <summary>
/// One of the viewer's funds and where it stands with this project: its access to the confidential part
/// (<see cref="Status"/>, null: never asked), its deal in the fund's pipeline (null: not there), and its
/// latest intro request (null: never asked). The page offers an action only where it can still be taken.
/// </summary>
public sealed record FundAccessChoice(Guid FundId, LocalizedText Name, AccessStatus? Status, Guid? DealId = null, DealStage? DealStage = null,
    ConsentStatus? IntroStatus = null)
{
    public bool CanRequest => Status is null or AccessStatus.Declined or AccessStatus.Revoked;

    public bool InPipeline => DealId is not null;

    /// <summary>A fund may ask again once its last request was declined or withdrawn, never while one is pending or accepted (<see cref="Funds.Applications.RequestIntro"/>).</summary>
    public bool CanRequestIntro => IntroStatus is not { } status || !Consent.IsOpen(status);
}
