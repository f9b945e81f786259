using Marketplace.Domain.Common;

namespace Marketplace.Application.Projects;

/// <summary>The confidential part: shown only to owners, managers of funds granted access, and administrators.</summary>
public sealed record ConfidentialDetails(
    Money? PreMoneyValuation, Money? RevenueLast12Months, Money? MonthlyBurn, int? RunwayMonths, PitchDeckInfo? Deck, int Version);
