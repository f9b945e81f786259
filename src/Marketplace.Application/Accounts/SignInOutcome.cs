namespace Marketplace.Application.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    /// <summary>Identity refuses the sign-in (e.g. the e-mail address is not confirmed yet while that is required).</summary>
    NotAllowed,
    /// <summary>The password was right, but an administrator suspended the account.</summary>
    Suspended,
}
