namespace Marketplace.Application.Common.Security;

/// <summary>Only users in one of these roles (or the system: jobs, the CLI) may run this use case.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
