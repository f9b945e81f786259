namespace Marketplace.Application.Common;

public sealed record FieldError(string Field, string Message);
