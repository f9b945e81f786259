using System.Collections.Concurrent;
using System.Reflection;

namespace Marketplace.Application.Common.Security;

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
