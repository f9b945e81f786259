using System.Collections.Concurrent;
using System.Reflection;

namespace Marketplace.Application.Common.Security;

/// <summary>Anyone may run this use case, signed in or not. Without it a use case needs a signed-in user.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousAttribute : Attribute;

/// <summary>Only users in one of these roles (or the system: jobs, the CLI) may run this use case.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Only the system (background jobs, the CLI) may run this use case.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SystemOnlyAttribute : Attribute;

public sealed record AccessRule(bool Anonymous, bool SystemOnly, IReadOnlyList<string> Roles)
{
    private static readonly ConcurrentDictionary<Type, AccessRule> Cache = new();

    public static AccessRule For(Type messageType) => Cache.GetOrAdd(messageType, static t => new AccessRule(
        t.GetCustomAttribute<AllowAnonymousAttribute>() is not null,
        t.GetCustomAttribute<SystemOnlyAttribute>() is not null,
        t.GetCustomAttribute<RequiresRoleAttribute>()?.Roles ?? []));

    public void Check(ICurrentUser user)
    {
        if (user.IsSystem)
            return;
        if (SystemOnly)
            throw new ForbiddenException();
        if (Anonymous)
            return;
        if (!user.IsAuthenticated)
            throw new NotAuthenticatedException();
        if (Roles.Count > 0 && !Roles.Any(user.IsInRole))
            throw new ForbiddenException();
    }
}
