namespace Marketplace.Application.Common;

/// <summary>Someone else saved the same thing since the form was loaded.</summary>
public sealed class ConcurrencyConflictException() : Exception("The record was changed by someone else.");
