namespace Marketplace.Domain.Common;

/// <summary>A domain rule was broken. <see cref="Code"/> is a resource key for the localized message.</summary>
public sealed class DomainException(string code) : Exception(code)
{
    public string Code { get; } = code;
}
