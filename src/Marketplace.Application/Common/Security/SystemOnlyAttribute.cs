namespace Marketplace.Application.Common.Security;

/// <summary>Only the system (background jobs, the CLI) may run this use case.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SystemOnlyAttribute : Attribute;
