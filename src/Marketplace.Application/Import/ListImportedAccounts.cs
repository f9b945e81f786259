using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

/// <summary>
/// The accounts the import's <c>users</c> section brought in, by role then e-mail: what the
/// development start-up lists beside the demo password, and how it knows the demo data is loaded.
/// </summary>
public static class ListImportedAccounts
{
    [SystemOnly]
    public sealed record Query : IQuery<IReadOnlyList<ImportedAccount>>;

    public sealed class Handler(IAppDbContext db, IUserEmailAddresses emails) : IQueryHandler<Query, IReadOnlyList<ImportedAccount>>
    {
        public async ValueTask<IReadOnlyList<ImportedAccount>> Handle(Query query, CancellationToken ct)
        {
            var profiles = await (
                    from r in db.ImportedRecords.AsNoTracking()
                    where r.Section == UserImport.Section
                    join p in db.UserProfiles.AsNoTracking() on r.EntityId equals p.Id
                    select new { p.Id, p.Role, p.DisplayName })
                .ToListAsync(ct);
            var addresses = await emails.AllOfAsync(profiles.Select(p => p.Id).ToList(), ct);
            return profiles
                .Where(p => addresses.ContainsKey(p.Id))
                .Select(p => new ImportedAccount(addresses[p.Id], p.Role, p.DisplayName))
                .OrderBy(a => a.Role, StringComparer.Ordinal).ThenBy(a => a.Email, StringComparer.Ordinal)
                .ToList();
        }
    }
}
