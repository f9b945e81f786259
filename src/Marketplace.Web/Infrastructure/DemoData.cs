using System.Security.Cryptography;
using System.Text;
using Marketplace.Application.Clusters;
using Marketplace.Application.Import;
using Marketplace.Infrastructure.Persistence;
using Mediator;

namespace Marketplace.Web.Infrastructure;

/// <summary>
/// In Development, the first start imports demo/marketplace-demo.json so the app has people in
/// every cluster. Imported accounts have no password (they would get invitations), so the demo
/// accounts share one random password, printed once in the log and kept in data/demo-accounts.txt.
/// </summary>
public static class DemoData
{
    public const string AccountsFileName = "demo-accounts.txt";

    /// <summary>Loads the demo file unless an import already brought users in. Needs a scope acting as the system.</summary>
    public static async Task<bool> LoadOnFirstRunAsync(IServiceProvider sp, string path, ILogger logger, CancellationToken ct = default)
    {
        var sender = sp.GetRequiredService<ISender>();
        if ((await sender.Send(new ListImportedAccounts.Query(), ct)).Count > 0)
            return false;
        if (!File.Exists(path))
        {
            logger.LogWarning("Demo:LoadOnFirstRun is on but the demo file {Path} does not exist", path);
            return false;
        }

        var password = NewPassword();
        ImportResult result;
        await using (var file = File.OpenRead(path))
            result = await sp.GetRequiredService<ImportRunner>().RunAsync(file, new ImportOptions(PasswordForAll: password), null, ct);
        foreach (var error in result.Errors)
            logger.LogWarning("Demo data: {Error}", error.ToString());

        var accounts = await sender.Send(new ListImportedAccounts.Query(), ct);
        var list = new StringBuilder()
            .AppendLine($"Demo accounts ({accounts.Count}), all with the password: {password}")
            .AppendLine("Sign in at /account/login. Development only; delete the database to start again.")
            .AppendLine();
        foreach (var a in accounts)
            list.AppendLine($"{a.Role,-13} {a.Email,-45} {a.DisplayName}");

        var accountsFile = Path.Combine(sp.GetRequiredService<DatabaseSettings>().DataDirectory, AccountsFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(accountsFile)!);
        await File.WriteAllTextAsync(accountsFile, list.ToString(), ct);
        logger.LogInformation("Loaded the demo data ({Created} records). {Accounts}(also in {File})", result.Created, list.ToString(), accountsFile);

        // Cluster pages read their member counts from statistics: refresh them now, not at the next schedule.
        await sender.Send(new RefreshClusterStatistics.Command(), ct);
        return true;
    }

    /// <summary>Four groups of four from an alphabet without look-alikes: easy to type, about 80 bits.</summary>
    private static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 16);
        return string.Join('-', chars.Chunk(4).Select(c => new string(c)));
    }
}
