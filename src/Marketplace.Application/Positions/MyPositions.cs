using Marketplace.Application.Common;

namespace Marketplace.Application.Positions;

/// <summary>The signed-in user's positions page: what they may post for, and what their startups and funds posted.</summary>
public sealed record MyPositions(IReadOnlyList<PositionPoster> Posters, PagedList<MyPositionItem> Positions);
