using Marketplace.Application.Common;
using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching;

/// <param name="Enabled">False when the user turned personalised recommendations off: <see cref="Lists"/> is empty then.</param>
public sealed record DashboardRecommendations(bool Enabled, IReadOnlyList<RecommendationPreview> Lists)
{
    public static readonly DashboardRecommendations Off = new(false, []);

    /// <summary>The first <paramref name="take"/> recommendations of each subject (the user's own: the caller found them).</summary>
    public static async Task<DashboardRecommendations> ForAsync(
        IAppDbContext db, ICurrentUser user, IEnumerable<(MatchSide Side, Guid Id, string Name)> subjects, int take, DateTime now, CancellationToken ct)
    {
        var me = user.Id ?? throw new NotAuthenticatedException();
        if (!await RecommendationAccess.EnabledAsync(db, me, ct))
            return Off;
        var lists = new List<RecommendationPreview>();
        foreach (var (side, id, name) in subjects)
            lists.Add(new RecommendationPreview(side.Kind(), id, name, await RecommendationReader.ReadAsync(db, user, side, id, 0, take, now, ct)));
        return new DashboardRecommendations(true, lists);
    }
}
