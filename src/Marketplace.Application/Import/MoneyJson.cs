using Marketplace.Domain.Common;

namespace Marketplace.Application.Import;

/// <summary>Money as the import format writes it: <c>{"amount": 50000000, "currency": "CNY"}</c>, whole units.</summary>
public sealed record MoneyJson(long? Amount, string? Currency);
