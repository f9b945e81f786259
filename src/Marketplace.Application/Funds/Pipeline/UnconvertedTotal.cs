namespace Marketplace.Application.Funds.Pipeline;

/// <summary>Booked amounts in a currency without a reference rate: shown apart, as they cannot be added up.</summary>
public sealed record UnconvertedTotal(string Currency, RegionStanding Standing, long Amount);
