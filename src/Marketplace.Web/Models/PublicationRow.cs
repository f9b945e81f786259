namespace Marketplace.Web.Models;

/// <summary>One publication row of the profile form.</summary>
public sealed class PublicationRow
{
    public string? Title { get; set; }
    public string? Venue { get; set; }
    public int? Year { get; set; }
    public string? Doi { get; set; }
    public string? Url { get; set; }
}
