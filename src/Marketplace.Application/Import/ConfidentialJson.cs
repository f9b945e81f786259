namespace Marketplace.Application.Import;

/// <summary>
/// The confidential part. <paramref name="MonthlyBurn"/> and <paramref name="RunwayMonths"/> are
/// extensions of docs/import-format.md (the product's confidential part has them).
/// </summary>
public sealed record ConfidentialJson(MoneyJson? PreMoneyValuation, MoneyJson? RevenueLast12Months, MoneyJson? MonthlyBurn, int? RunwayMonths);
