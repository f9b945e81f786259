namespace Marketplace.Application.Matching.Kernel;

/// <summary>Codes of soft factors (a page renders "Matching.Factor.&lt;code&gt;" from resources).</summary>
public static class FactorCodes
{
    public const string Sector = "sector";
    public const string Stage = "stage";
    public const string TicketSize = "ticket-size";
    public const string Cluster = "cluster";
    public const string Text = "text";
    public const string Freshness = "freshness";
    public const string SectorFocus = "sector-focus";
    public const string Capacity = "capacity";
    public const string ResearchArea = "research-area";
    public const string PositionType = "position-type";
    public const string Skills = "skills";
    public const string Requirements = "requirements";
    public const string SimilarToSaved = "similar-to-saved";
    public const string SimilarToDismissed = "similar-to-dismissed";
}
