using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The "users" section. Imported accounts get no password: a new account gets an invitation with a
/// set-password link (or, for local test data, <see cref="ImportOptions.PasswordForAll"/>). An update
/// changes the account by key and sends nothing.
/// </summary>
public sealed class UserImport(
    IEnumerable<IValidator<UserRecord>> validators, IAppDbContext db, IIdentityService identity, AccountEmails emails)
    : ImportSection<UserRecord>(validators)
{
    public const string Section = "users";

    public override string Name => Section;

    public override IReadOnlyList<string> DependsOn => [ClusterImport.Section];

    protected override IEnumerable<FieldError> CheckAcross(UserRecord record, IReadOnlyList<UserRecord> section)
    {
        if (record.Email is not null
            && section.Count(r => r.Key != record.Key && string.Equals(r.Email?.Trim(), record.Email.Trim(), StringComparison.OrdinalIgnoreCase)) > 0)
            yield return new FieldError(nameof(UserRecord.Email), Text.Get("Import.DuplicateEmail"));
    }

    protected override IEnumerable<ImportReference> References(UserRecord record)
    {
        if (record.Cluster is not null)
            yield return new ImportReference("cluster", ClusterImport.Section, record.Cluster);
    }

    /// <summary>A reference to a user may require a role (a startup's owners are founders): the requirement is the role's code.</summary>
    protected override string? Unmet(UserRecord target, string requirement) =>
        target.Role == requirement ? null : Text.Format("Import.UserNotInRole", target.Key, requirement);

    public override async Task<string?> UnmetAsync(Guid entityId, string requirement, CancellationToken ct)
    {
        var profile = await db.UserProfiles.AsNoTracking().Where(p => p.Id == entityId).Select(p => new { p.Role, p.ImportKey }).FirstAsync(ct);
        return profile.Role == requirement ? null : Text.Format("Import.UserNotInRole", profile.ImportKey ?? entityId.ToString(), requirement);
    }

    public override async Task<Guid?> FindExistingAsync(string key, CancellationToken ct) =>
        await db.UserProfiles.Where(p => p.ImportKey == key).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    public override Task<bool> ExistsAsync(Guid entityId, CancellationToken ct) => db.UserProfiles.AnyAsync(p => p.Id == entityId, ct);

    protected override async Task<ImportWrite> WriteAsync(UserRecord record, Guid? existingId, ImportOptions options, CancellationToken ct)
    {
        var email = record.Email!.Trim();
        var displayName = record.DisplayName!.Trim();
        var culture = record.Culture ?? "en";
        Guid? clusterId = record.Cluster is null
            ? null
            : await db.Clusters.Where(c => c.Key == record.Cluster).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct)
              ?? throw InputValidationException.For(nameof(UserRecord.Cluster), Text.Format("Import.UnknownReference", ClusterImport.Section, record.Cluster));

        if (existingId is not { } id)
        {
            // The file has no time zone: a new account starts in its home cluster's (editable on the profile).
            var created = await identity.CreateUserAsync(email, options.PasswordForAll, displayName, record.Role!, culture, ClusterTimeZones.For(record.Cluster), ct);
            var profile = await db.UserProfiles.FirstAsync(p => p.Id == created, ct);
            profile.ImportKey = record.Key;
            profile.HomeClusterId = clusterId;
            Func<CancellationToken, Task>? invite = options.PasswordForAll is null
                ? token => emails.SendInvitationAsync(created, email, culture, token)
                : null;
            return new ImportWrite(created, ImportOutcome.Created, invite);
        }

        var existing = await db.UserProfiles.FirstAsync(p => p.Id == id, ct);
        var accountChanged = false;
        if (await identity.FindUserIdByEmailAsync(email, ct) != id)
        {
            await identity.ChangeEmailAsync(id, email, ct);
            accountChanged = true;
        }
        if (existing.Role != record.Role)
        {
            await identity.ChangeRoleAsync(id, record.Role!, ct);
            existing.ChangeRole(record.Role!);
        }
        if (existing.DisplayName != displayName)
            existing.PublishDisplayName(displayName);
        existing.Culture = culture;
        existing.HomeClusterId = clusterId;
        existing.ImportKey = record.Key;
        var changed = accountChanged || db.Entry(existing).State == EntityState.Modified;
        return new ImportWrite(id, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }
}
