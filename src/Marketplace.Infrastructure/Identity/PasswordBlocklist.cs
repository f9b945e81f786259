using System.Collections.Frozen;
using Marketplace.Application.Accounts;

namespace Marketplace.Infrastructure.Identity;

/// <summary>The shipped list of common passwords (Identity/common-passwords.txt), compared case-insensitively.</summary>
public sealed class PasswordBlocklist : IPasswordBlocklist
{
    private readonly FrozenSet<string> passwords;

    public PasswordBlocklist()
    {
        using var stream = typeof(PasswordBlocklist).Assembly.GetManifestResourceStream("Marketplace.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                set.Add(line.Trim());
        passwords = set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public int Count => passwords.Count;

    public bool Contains(string password) => passwords.Contains(password.Trim());
}
