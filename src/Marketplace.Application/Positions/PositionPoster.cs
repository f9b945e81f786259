using Marketplace.Domain.Common;

namespace Marketplace.Application.Positions;

/// <summary>Who posts a position: a startup or a fund, named, with the address of its page.</summary>
public sealed record PositionPoster(Guid? StartupId, Guid? FundId, LocalizedText Name)
{
    public string Link => StartupId is { } s ? $"/startups/{s}" : $"/funds/{FundId}";
}
