using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;

namespace Marketplace.Application.Funds.Pipeline;

/// <summary>One line of a deal's history: <see cref="Kind"/> is a <see cref="DealEventKinds"/> value.</summary>
public sealed record DealHistoryItem(
    DateTime At, string Kind, DealStage? From, DealStage? To, string ByName, string? AssigneeName, string? Reason, string? Note, Money? Amount);
