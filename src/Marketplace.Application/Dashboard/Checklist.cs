namespace Marketplace.Application.Dashboard;

/// <summary>A role's first steps, in order; the home collapses it once every step is done.</summary>
public sealed record Checklist(IReadOnlyList<ChecklistItem> Items)
{
    public bool Complete => Items.All(i => i.Done);

    public int DoneCount => Items.Count(i => i.Done);
}
