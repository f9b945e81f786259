namespace Marketplace.Application.Funds.Pipeline;

public sealed record DealRatingItem(Guid UserId, string Name, int Team, int Market, int Technology, int Traction, int Fit, DateTime RatedAt)
{
    public double Average => (Team + Market + Technology + Traction + Fit) / 5.0;
}
