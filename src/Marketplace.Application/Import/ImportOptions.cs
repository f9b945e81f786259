namespace Marketplace.Application.Import;

/// <summary>
/// A dry run checks and reports without writing. <see cref="PasswordForAll"/> gives every account
/// the import creates that password instead of an invitation; callers allow it in Development only.
/// </summary>
public sealed record ImportOptions(bool DryRun = false, string? PasswordForAll = null);
