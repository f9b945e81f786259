namespace Marketplace.Application.Accounts;

/// <summary>The sign-in e-mail addresses of accounts (kept by Identity, outside the profiles), for mail the product sends on its own.</summary>
public interface IUserEmailAddresses
{
    /// <summary>The address of each of <paramref name="userIds"/> that has one.</summary>
    Task<IReadOnlyDictionary<Guid, string>> OfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);
}
