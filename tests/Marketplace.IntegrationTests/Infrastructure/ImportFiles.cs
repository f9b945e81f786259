using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Application.Import;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>Import files built in the test, with keys and e-mail addresses of their own.</summary>
public static class ImportFiles
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Unique() => Guid.NewGuid().ToString("N")[..12];

    public static object Cluster(string key, string mode = "application-scenario", string nameEn = "Test cluster", string? descriptionEn = "A cluster made by a test.") => new
    {
        key,
        name = new { en = nameEn, zh = "测试集群" },
        country = "CN",
        region = "Zhejiang",
        mode,
        description = descriptionEn is null ? null : new { en = descriptionEn, zh = "测试用的集群。" },
    };

    public static object User(string key, string email, string role = "founder", string? cluster = null, string displayName = "Test Person", string culture = "en") =>
        new { key, email, displayName, role, culture, cluster };

    public static string File(IEnumerable<object>? clusters = null, IEnumerable<object>? users = null) =>
        JsonSerializer.Serialize(new { format = ImportJson.Format, clusters, users }, Options);

    /// <summary>Runs the import runner as the system, the way the CLI and the start-up do.</summary>
    public static async Task<ImportResult> ImportAsync(this MarketplaceApp app, string json, ImportOptions? options = null,
        Action<ImportProgress>? onProgress = null, CancellationToken ct = default)
    {
        ImportResult? result = null;
        await app.RunAsSystemAsync(async sp =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            result = await sp.GetRequiredService<ImportRunner>().RunAsync(stream, options ?? new ImportOptions(),
                onProgress is null ? null : new Reporter(onProgress), ct);
        });
        return result!;
    }

    /// <summary>The e-mails written to the app's pickup directory for this address.</summary>
    public static IReadOnlyList<MimeMessage> MailTo(this MarketplaceApp app, string email) =>
        Directory.Exists(app.MailDirectory)
            ? Directory.GetFiles(app.MailDirectory, "*.eml")
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
