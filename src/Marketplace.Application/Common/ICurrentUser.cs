namespace Marketplace.Application.Common;

/// <summary>Who is running the current use case: a signed-in user, a background job (system), or nobody.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    bool IsAuthenticated { get; }
    /// <summary>Background jobs and the CLI act as the system, which may run administrative use cases.</summary>
    bool IsSystem { get; }
    bool IsInRole(string role);
}
