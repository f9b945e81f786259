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

    public static object Startup(string key, IEnumerable<string> owners, string cluster = "hangzhou", IEnumerable<string>? sectors = null,
        string stage = "series-a", string? website = "https://example.org/startup", IEnumerable<string>? relocateTo = null, bool? verified = null) => new
    {
        key,
        owners,
        name = new { en = "Test startup " + key, zh = "测试创业公司 " + key },
        cluster,
        sectors = sectors ?? ["smart-city", "logistics"],
        stage,
        founded = 2022,
        teamSize = 24,
        website,
        description = new { en = "A startup made by a test.", zh = "测试创建的创业公司。" },
        willingToRelocateTo = relocateTo,
        verified,
    };

    /// <summary>A project; <paramref name="confidential"/> replaces the default confidential part (valuation 300,000,000 and revenue 12,000,000 CNY).</summary>
    public static object Project(string key, string startup, string status = "published", long amount = 50_000_000, string currency = "CNY",
        string instrument = "equity", string titleEn = "Series A for city logistics", object? confidential = null, object? traction = null,
        string? closedReason = null, string? publishedAt = null) => new
    {
        key,
        startup,
        title = new { en = titleEn, zh = "城市物流 A 轮融资" },
        summary = new { en = "Routing for city deliveries.", zh = "城市配送路径规划。" },
        seeking = new { amount, currency },
        instrument,
        stage = "series-a",
        useOfFunds = new { en = "Hiring and pilots.", zh = "招聘与试点。" },
        status,
        confidential = confidential ?? new
        {
            preMoneyValuation = new { amount = 300_000_000L, currency = "CNY" },
            revenueLast12Months = new { amount = 12_000_000L, currency = "CNY" },
            monthlyBurn = new { amount = 1_500_000L, currency = "CNY" },
            runwayMonths = 14,
        },
        traction,
        publishedAt,
        closedReason,
    };

    /// <summary>A fund; <paramref name="mandate"/> replaces the default mandate (seed and Series A healthcare, CNY 5,000,000–30,000,000).</summary>
    public static object Fund(string key, IEnumerable<string> managers, string type = "venture-capital", string? cluster = "beijing",
        object? mandate = null, string nameEn = "Test fund", object? size = null, bool? verified = null, string? website = "https://example.org/fund",
        string descriptionEn = "A fund made by a test.") => new
    {
        key,
        managers,
        name = new { en = nameEn + " " + key, zh = "测试基金 " + key },
        type,
        cluster,
        description = new { en = descriptionEn, zh = "测试创建的基金。" },
        mandate = mandate ?? new
        {
            sectors = new[] { "healthcare" },
            stages = new[] { "seed", "series-a" },
            ticket = new { min = 5_000_000L, max = 30_000_000L, currency = "CNY" },
            clusters = new[] { "beijing" },
            openToOtherClusters = true,
        },
        website,
        size,
        verified,
    };

    /// <summary>A researcher profile with every field; <paramref name="publications"/> replaces the default two (one by DOI, one by URL).</summary>
    public static object Researcher(string key, string user, string? visibility = "public", string? orcid = "https://orcid.org/0000-0002-1825-0097",
        object? publications = null, IEnumerable<string>? desiredClusters = null, IEnumerable<string>? skills = null,
        string headlineEn = "NLP researcher", object? salaryExpectation = null, string? availableFrom = "2027-03-01",
        IEnumerable<string>? researchAreas = null, string? degree = "phd", string? affiliationType = "university",
        IEnumerable<string>? positionTypes = null, IEnumerable<string>? links = null) => new
    {
        key,
        user,
        headline = new { en = headlineEn, zh = "自然语言处理研究员" },
        summary = new { en = "Works on multilingual language models.", zh = "研究多语言大模型。" },
        affiliation = new { en = "Université de Montréal", zh = "蒙特利尔大学" },
        affiliationType,
        researchAreas = researchAreas ?? ["nlp", "multimodal"],
        skills = skills ?? ["PyTorch", " Distributed  Training "],
        degree,
        yearsExperience = 6,
        orcid,
        publications = publications ?? new object[]
        {
            new { title = "Cross-lingual transfer for low-resource parsing", venue = "ACL", year = 2024, doi = "https://doi.org/10.18653/v1/2024.acl-long.1" },
            new { title = "A survey of tokenisers", venue = "arXiv", year = 2023, url = "https://arxiv.org/abs/2301.00001" },
        },
        links = links ?? ["https://example.org/~researcher"],
        desiredClusters = desiredClusters ?? ["shenzhen", "montreal"],
        openToRelocation = true,
        positionTypes = positionTypes ?? ["full-time", "postdoc"],
        availableFrom,
        salaryExpectation = salaryExpectation ?? new { amount = 150_000L, currency = "CAD" },
        visibility,
    };

    /// <summary>A position posted by <paramref name="startup"/> or <paramref name="fund"/>.</summary>
    public static object Position(string key, string? startup = null, string? fund = null, string status = "published", string type = "full-time",
        string? cluster = "hangzhou", bool remote = false, object? compensation = null, string? deadline = "2027-06-30",
        string titleEn = "Robotics engineer", string? closedReason = null, string? minDegree = "master",
        IEnumerable<string>? researchAreas = null, IEnumerable<string>? skills = null, string? publishedAt = null) => new
    {
        key,
        startup,
        fund,
        title = new { en = titleEn, zh = "机器人工程师" },
        description = new { en = "Build manipulation policies for warehouse robots.", zh = "为仓储机器人开发操作策略。" },
        type,
        researchAreas = researchAreas ?? ["robotics", "reinforcement-learning"],
        skills = skills ?? ["ROS", "PyTorch"],
        minDegree,
        minYearsExperience = 3,
        cluster,
        remote,
        compensation = compensation ?? new { min = 400_000L, max = 700_000L, currency = "CNY" },
        visaSupport = true,
        relocationSupport = true,
        deadline,
        status,
        publishedAt,
        closedReason,
    };

    public static string File(IEnumerable<object>? clusters = null, IEnumerable<object>? users = null,
        IEnumerable<object>? startups = null, IEnumerable<object>? projects = null, IEnumerable<object>? funds = null,
        IEnumerable<object>? researchers = null, IEnumerable<object>? positions = null) =>
        JsonSerializer.Serialize(new { format = ImportJson.Format, clusters, users, startups, projects, funds, researchers, positions }, Options);

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
