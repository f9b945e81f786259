using FluentValidation;
using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Accounts;

public static class SignIn
{
    [AllowAnonymous]
    public sealed record Command(string Email, string Password, bool RememberMe) : ICommand<Result>;

    /// <summary>
    /// The outcome, and on success the language of the user's profile, so the web app can switch to it,
    /// and the user's role, so it can open that role's home.
    /// </summary>
    public sealed record Result(SignInOutcome Outcome, string? Culture, string? Role = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().MaximumLength(EmailRules.MaxLength);
            RuleFor(x => x.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        }
    }

    public sealed class Handler(IIdentityService identity, IAppDbContext db) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var (outcome, userId) = await identity.PasswordSignInAsync(command.Email.Trim(), command.Password, command.RememberMe, ct);
            if (outcome != SignInOutcome.Succeeded)
                return new Result(outcome, null);
            var profile = await db.UserProfiles.AsNoTracking().Where(p => p.Id == userId).Select(p => new { p.Culture, p.Role }).FirstOrDefaultAsync(ct);
            return new Result(outcome, profile?.Culture, profile?.Role);
        }
    }
}
