namespace Marketplace.Domain.Positions;

/// <summary>The steps of a researcher's application, in order; Rejected and Withdrawn end it early.</summary>
public enum ApplicationStage
{
    Applied,
    Reviewing,
    Interview,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}
