namespace Marketplace.Application.Import;

/// <summary>
/// A record refers to another by key: <paramref name="Field"/> of this record names <paramref name="Key"/> in <paramref name="Section"/>.
/// With a <paramref name="Requirement"/> the other record must also meet it (what it means is the target section's business,
/// e.g. a user's role: a startup's owners must be founders).
/// </summary>
public sealed record ImportReference(string Field, string Section, string Key, string? Requirement = null);
