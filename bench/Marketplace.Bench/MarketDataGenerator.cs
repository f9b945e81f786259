using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Bench;

public sealed record Text([property: JsonPropertyName("en")] string? En, [property: JsonPropertyName("zh")] string? Zh);

public sealed record MoneyJson(long Amount, string Currency);

public sealed record UserRecord(string Key, string Email, string DisplayName, string Role, string Culture, string Cluster);

public sealed record StartupRecord(
    string Key, IReadOnlyList<string> Owners, Text Name, string Cluster, IReadOnlyList<string> Sectors, string Stage,
    int Founded, int TeamSize, string Website, Text Description, IReadOnlyList<string> WillingToRelocateTo);

public sealed record ProjectRecord(
    string Key, string Startup, Text Title, Text Summary, MoneyJson Seeking, string Instrument, string Stage, Text UseOfFunds, string Status)
{
    /// <summary>Not part of the import format (the import stamps its own time); the bulk loader uses it to spread the dates.</summary>
    [JsonIgnore]
    public DateTime PublishedAt { get; init; }
}

/// <summary>A generated market: founders, startups and projects in the reference clusters, in both languages.</summary>
public sealed record MarketData(IReadOnlyList<UserRecord> Users, IReadOnlyList<StartupRecord> Startups, IReadOnlyList<ProjectRecord> Projects)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The data as a <c>marketplace-import/1</c> file (docs/import-format.md).</summary>
    public async Task WriteImportFileAsync(string path)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { format = "marketplace-import/1", users = Users, startups = Startups, projects = Projects }, Json);
    }
}

/// <summary>
/// Makes a reproducible market of any size (same seed, same data): a startup for every four
/// projects, a founder for every twelve startups; currencies, stages, sectors and states in
/// realistic proportions, a few projects in a currency without a reference rate.
/// </summary>
public static class MarketDataGenerator
{
    public static readonly string[] Clusters = ["beijing", "hangzhou", "shenzhen", "shanghai", "silicon-valley", "montreal", "toronto", "london", "singapore"];

    public static readonly string[] Sectors =
    [
        "ai-chips", "algorithms", "foundation-models", "operating-systems", "software-frameworks", "data-centers", "cloud-computing",
        "edge-computing", "data-trading", "compute-services", "smart-city", "logistics", "healthcare", "fintech", "manufacturing",
        "autonomous-driving", "robotics", "education", "retail", "energy",
    ];

    // What each sector's projects are about, in both languages, so text search has real words to find.
    public static readonly Dictionary<string, (string En, string Zh)> Topics = new()
    {
        ["ai-chips"] = ("inference chips", "推理芯片"), ["algorithms"] = ("optimisation algorithms", "优化算法"),
        ["foundation-models"] = ("a foundation model", "基础大模型"), ["operating-systems"] = ("an AI operating system", "智能操作系统"),
        ["software-frameworks"] = ("a training framework", "训练框架"), ["data-centers"] = ("green data centres", "绿色数据中心"),
        ["cloud-computing"] = ("GPU cloud", "算力云"), ["edge-computing"] = ("edge inference", "边缘推理"),
        ["data-trading"] = ("a data exchange", "数据交易平台"), ["compute-services"] = ("compute scheduling", "算力调度"),
        ["smart-city"] = ("city traffic control", "城市交通治理"), ["logistics"] = ("warehouse robots", "仓储物流"),
        ["healthcare"] = ("medical imaging", "医疗影像"), ["fintech"] = ("credit risk", "金融风控"),
        ["manufacturing"] = ("visual inspection", "工业质检"), ["autonomous-driving"] = ("robotaxi perception", "自动驾驶感知"),
        ["robotics"] = ("service robots", "服务机器人"), ["education"] = ("adaptive tutoring", "智能教育"),
        ["retail"] = ("demand forecasting", "零售需求预测"), ["energy"] = ("grid forecasting", "电网负荷预测"),
    };

    public static readonly string[] Stages = ["idea", "pre-seed", "seed", "angel", "series-a", "series-b", "series-c-plus", "growth", "pre-ipo"];
    private static readonly string[] Instruments = ["equity", "equity", "equity", "convertible-note", "safe", "debt", "grant"];

    // Currency, share (per thousand) and a typical round in that currency. All have a reference rate:
    // the import (like the project forms) refuses an amount in a currency without one.
    private static readonly (string Code, int Share, long Typical)[] Currencies =
    [
        ("USD", 400, 5_000_000), ("CNY", 350, 30_000_000), ("EUR", 90, 4_000_000), ("GBP", 50, 3_000_000),
        ("SGD", 40, 6_000_000), ("CAD", 30, 6_000_000), ("JPY", 20, 600_000_000), ("HKD", 20, 40_000_000),
    ];

    public static MarketData Generate(int projectCount, int seed = 20261127)
    {
        var random = new Random(seed);
        var startupCount = Math.Max(1, projectCount / 4);
        var userCount = Math.Max(1, startupCount / 12);
        var users = Enumerable.Range(1, userCount).Select(i => new UserRecord(
            $"bench-u{i}", $"bench-founder-{i}@example.org", $"Founder {i}", "founder", i % 2 == 0 ? "zh-Hans" : "en",
            Clusters[i % Clusters.Length])).ToList();

        var startups = new List<StartupRecord>(startupCount);
        for (var i = 1; i <= startupCount; i++)
        {
            var sectors = Sectors.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
            var (en, zh) = Topics[sectors[0]];
            startups.Add(new StartupRecord(
                $"bench-s{i}", [users[random.Next(users.Count)].Key],
                new Text($"Startup {i} {Capitalise(en)}", $"{zh}初创{i}号"),
                Clusters[random.Next(Clusters.Length)], sectors, Stages[random.Next(Stages.Length)],
                random.Next(2012, 2026), random.Next(2, 400), $"https://startup-{i}.example.org",
                new Text($"Startup {i} builds {en} for customers across the region.", $"初创{i}号为本地区客户提供{zh}产品。"),
                random.Next(4) == 0 ? [Clusters[random.Next(Clusters.Length)]] : []));
        }

        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var projects = new List<ProjectRecord>(projectCount);
        for (var i = 1; i <= projectCount; i++)
        {
            var startup = startups[(i - 1) % startups.Count];
            var (en, zh) = Topics[startup.Sectors[random.Next(startup.Sectors.Count)]];
            var currency = PickCurrency(random);
            var amount = Round(currency.Typical * Math.Exp(random.NextDouble() * 4 - 2));
            var roll = random.Next(100);
            var status = roll < 85 ? "published" : roll < 92 ? "draft" : roll < 97 ? "submitted" : "closed";
            projects.Add(new ProjectRecord(
                $"bench-p{i}", startup.Key,
                new Text($"Project {i}: {Capitalise(en)} round", $"项目{i}：{zh}融资"),
                new Text(
                    $"We are raising to scale {en}. Pilots with {random.Next(2, 40)} customers; the team of {startup.TeamSize} ships monthly. "
                    + "The money goes to engineering, compute and sales in the cluster and beyond, over the next eighteen months.",
                    $"本轮融资用于扩大{zh}业务。已与{random.Next(2, 40)}家客户开展试点，团队{startup.TeamSize}人，每月发布新版本。资金将在未来十八个月用于研发、算力和市场拓展。"),
                new MoneyJson(amount, currency.Code), Instruments[random.Next(Instruments.Length)], Stages[random.Next(Stages.Length)],
                new Text("Engineering, compute and sales.", "研发、算力和销售。"), status)
            {
                PublishedAt = start.AddMinutes(random.Next(0, 60 * 24 * 365 * 2)),
            });
        }
        return new MarketData(users, startups, projects);
    }

    private static (string Code, int Share, long Typical) PickCurrency(Random random)
    {
        var roll = random.Next(Currencies.Sum(c => c.Share));
        foreach (var c in Currencies)
        {
            if (roll < c.Share)
                return c;
            roll -= c.Share;
        }
        return Currencies[0];
    }

    // Rounds as fundraising does: to three significant digits.
    private static long Round(double amount)
    {
        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(amount)) - 2));
        return (long)(Math.Round(amount / magnitude) * magnitude);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
