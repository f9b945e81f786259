namespace Marketplace.Application.Common;

/// <summary>Nothing there, or nothing the current user may know exists.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
