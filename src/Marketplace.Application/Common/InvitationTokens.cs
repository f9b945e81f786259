using System.Security.Cryptography;
using System.Text;

namespace Marketplace.Application.Common;

/// <summary>
/// The secret in an invitation link: 32 random bytes, URL-safe. Only its SHA-256 is stored, so
/// someone who reads the database cannot accept an invitation meant for another person.
/// </summary>
public static class InvitationTokens
{
    public static (string Token, string Hash) New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Tokens this class makes: 43 characters of the URL-safe base64 alphabet. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
