namespace Marketplace.Domain.Projects;

/// <summary>
/// A signed-in reader's look at a project's public page on one day (UTC): the key is the row, so the same
/// reader reloading the page, or coming back later that day, is one view. Anonymous visitors are not kept.
/// </summary>
public sealed class ProjectView
{
    public Guid ProjectId { get; set; }
    public Guid ViewerId { get; set; }
    public DateOnly Day { get; set; }
}
