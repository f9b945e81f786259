namespace Marketplace.Application.Common.Security;

/// <summary>Anyone may run this use case, signed in or not. Without it a use case needs a signed-in user.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousAttribute : Attribute;
