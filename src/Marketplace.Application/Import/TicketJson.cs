namespace Marketplace.Application.Import;

/// <summary>A ticket range: whole units of one currency; either end may be open.</summary>
public sealed record TicketJson(long? Min, long? Max, string? Currency);
