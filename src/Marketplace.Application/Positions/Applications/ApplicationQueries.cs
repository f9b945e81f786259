using Marketplace.Domain.Positions;

namespace Marketplace.Application.Positions.Applications;

public static class ApplicationQueries
{
    /// <summary>Live applications (<see cref="ApplicationStages.Live"/>), spelled out so every provider translates it.</summary>
    public static IQueryable<PositionApplication> Live(this IQueryable<PositionApplication> applications) =>
        applications.Where(a => a.Stage == ApplicationStage.Applied || a.Stage == ApplicationStage.Reviewing
            || a.Stage == ApplicationStage.Interview || a.Stage == ApplicationStage.Offer);
}
