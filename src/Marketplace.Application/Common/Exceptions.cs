namespace Marketplace.Application.Common;

public sealed record FieldError(string Field, string Message);

/// <summary>Input broke one or more rules; every failure is listed so each field can show its own.</summary>
public sealed class InputValidationException(IReadOnlyList<FieldError> errors)
    : Exception("Input failed validation: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static InputValidationException For(string field, string message) => new([new FieldError(field, message)]);
}

/// <summary>The use case needs a signed-in user and there is none.</summary>
public sealed class NotAuthenticatedException() : Exception("Sign-in required.");

/// <summary>The current user may not do this (role or ownership).</summary>
public sealed class ForbiddenException(string? reason = null) : Exception(reason ?? "Forbidden.");

/// <summary>Nothing there, or nothing the current user may know exists.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>Someone else saved the same thing since the form was loaded.</summary>
public sealed class ConcurrencyConflictException() : Exception("The record was changed by someone else.");
