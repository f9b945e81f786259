namespace Marketplace.Application.Researchers;

/// <summary>How complete a profile is: the share of the parts positions and posters look at that are filled in, and which are missing.</summary>
public sealed record Completeness(int Percent, IReadOnlyList<string> Missing);
