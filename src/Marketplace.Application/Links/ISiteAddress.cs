namespace Marketplace.Application.Links;

/// <summary>Where the site is reached from outside: the scheme, host and path base links start with.</summary>
public interface ISiteAddress
{
    /// <summary>"https://marketplace.example.org", with no trailing slash.</summary>
    string Root { get; }
}
