using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>The team's average on each dimension, and over all five, across <see cref="Raters"/> members.</summary>
public sealed record RatingAverages(double Team, double Market, double Technology, double Traction, double Fit, int Raters)
{
    public double Overall => (Team + Market + Technology + Traction + Fit) / 5.0;

    public static RatingAverages? Of(IReadOnlyCollection<DealRatingItem> ratings) => ratings.Count == 0
        ? null
        : new RatingAverages(ratings.Average(r => r.Team), ratings.Average(r => r.Market), ratings.Average(r => r.Technology),
            ratings.Average(r => r.Traction), ratings.Average(r => r.Fit), ratings.Count);
}
