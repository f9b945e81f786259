using FluentValidation;

namespace Marketplace.Application.Accounts;

/// <summary>The limits of an e-mail address (RFC 5321: 254 characters in a path).</summary>
public static class EmailRules
{
    public const int MaxLength = 254;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(MaxLength).EmailAddress();
}
