using FluentValidation;
using Marketplace.Application.Common;

namespace Marketplace.Application.Accounts;

/// <summary>OWASP ASVS L2 (2.1.1, 2.1.2, 2.1.7, 2.1.9): 8 to 128 characters, no composition rules, not a common password.</summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    /// <summary>Stops at the first broken rule, so the field shows the one message that matters.</summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilderInitial<T, string> rule, IPasswordBlocklist blocklist) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MinimumLength(MinLength)
            .MaximumLength(MaxLength)
            .Must(p => !blocklist.Contains(p)).WithMessage(_ => Text.Get("Validation.CommonPassword"));
}
