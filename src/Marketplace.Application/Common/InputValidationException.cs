namespace Marketplace.Application.Common;

/// <summary>Input broke one or more rules; every failure is listed so each field can show its own.</summary>
public sealed class InputValidationException(IReadOnlyList<FieldError> errors)
    : Exception("Input failed validation: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static InputValidationException For(string field, string message) => new([new FieldError(field, message)]);
}
