namespace Marketplace.Application.Accounts;

/// <summary>The sign-in e-mail addresses of accounts (kept by Identity, outside the profiles), for mail the product sends on its own.</summary>
public interface IUserEmailAddresses
{
    /// <summary>
    /// The address of each of <paramref name="userIds"/> whose owner confirmed it. Mail nobody asked for
    /// goes to confirmed addresses only: an unconfirmed one may be someone else's, typed by mistake.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> ConfirmedOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>The address of each of <paramref name="userIds"/> that has one, confirmed or not: for lists an operator reads, never for mail.</summary>
    Task<IReadOnlyDictionary<Guid, string>> AllOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);
}
