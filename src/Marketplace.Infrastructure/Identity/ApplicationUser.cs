using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Identity;

/// <summary>Credentials only; what people see of each other is the <c>UserProfile</c> with the same id.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public DateTime CreatedAt { get; set; }
}
