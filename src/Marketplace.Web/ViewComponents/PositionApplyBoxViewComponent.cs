using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.ViewComponents;

/// <summary>
/// The apply box on a position's page (/positions/{id}). Empty here: the applications slice
/// (talent-apps) fills it — the Apply button or "you applied: stage X" for a researcher, a link to the
/// applicants with their count for the poster — and replaces this file with its own.
/// </summary>
public sealed class PositionApplyBoxViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Guid positionId) => Content(string.Empty);
}
