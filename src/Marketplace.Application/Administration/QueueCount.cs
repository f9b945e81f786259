namespace Marketplace.Application.Administration;

/// <summary>How many requests of one content type wait in the moderation queue.</summary>
public sealed record QueueCount(string ContentType, int Count);
