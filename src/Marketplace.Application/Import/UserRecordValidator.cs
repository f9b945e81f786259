using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Application.Profiles;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Import;

public sealed class UserRecordValidator : AbstractValidator<UserRecord>
{
    public UserRecordValidator(IIdentityService identity, IAppDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress()
            .MustAsync(async (record, email, ct) => await IsFreeOrOwnAsync(identity, db, record.Key, email!, ct))
            .WithMessage(_ => Text.Get("Validation.EmailTaken"));
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(DisplayNames.MaxLength);
        RuleFor(x => x.Role).Must(r => Codes.Roles.Contains(r)).WithMessage(x => ImportText.UnknownCode(x.Role, Codes.Roles));
        RuleFor(x => x.Culture).Must(c => Codes.Cultures.Contains(c)).When(x => x.Culture is not null)
            .WithMessage(x => ImportText.UnknownCode(x.Culture, Codes.Cultures));
        RuleFor(x => x.Cluster).Must(Codes.IsWellFormed).When(x => x.Cluster is not null)
            .WithMessage(_ => Text.Get("Import.KeyNotCode"));
    }

    /// <summary>An address may belong to no account yet, or to the account this very key imported before.</summary>
    private static async Task<bool> IsFreeOrOwnAsync(IIdentityService identity, IAppDbContext db, string key, string email, CancellationToken ct)
    {
        var owner = await identity.FindUserIdByEmailAsync(email, ct);
        if (owner is null)
            return true;
        return await db.ImportedRecords.AnyAsync(r => r.Section == UserImport.Section && r.Key == key && r.EntityId == owner, ct)
            || await db.UserProfiles.AnyAsync(p => p.Id == owner && p.ImportKey == key, ct);
    }
}
