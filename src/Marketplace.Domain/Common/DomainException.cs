namespace Marketplace.Domain.Common;

/// <summary>
/// A domain rule was broken. <see cref="Code"/> is a resource key for the localized message, <see cref="Args"/>
/// the values it names (a limit, a code).
/// </summary>
public sealed class DomainException(string code, params object[] args) : Exception(code)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Args { get; } = args;

    /// <summary>Throws unless <paramref name="holds"/>: how an aggregate or value object checks a rule of its own (kgrzybek's CheckRule).</summary>
    public static void CheckRule(bool holds, string code, params object[] args)
    {
        if (!holds)
            throw new DomainException(code, args);
    }
}
