namespace Marketplace.Application.Accounts;

/// <summary>Passwords the product refuses whatever their length (OWASP ASVS 2.1.7: a list of breached passwords).</summary>
public interface IPasswordBlocklist
{
    bool Contains(string password);
}
