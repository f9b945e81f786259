namespace Marketplace.Application.Common;

/// <summary>The use case needs a signed-in user and there is none.</summary>
public sealed class NotAuthenticatedException() : Exception("Sign-in required.");
