using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;
using Marketplace.Domain.Common;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Researchers;

namespace Marketplace.Matching.Synthetic;

/// <summary>
/// Generated matching data with a fixed seed: the unit tests' property checks and the benchmarks
/// (bench/Marketplace.MatchingBench links this file) use the same generator. Descriptions are built
/// from a small bilingual lexicon per sector / research area, in English, Chinese or both.
/// </summary>
public sealed class SyntheticMarket(int seed)
{
    public static readonly DateTime Now = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    public static readonly CurrencyTable Rates = new(new Dictionary<string, decimal>
    {
        ["USD"] = 1m, ["CNY"] = 7.1234m, ["EUR"] = 0.921m, ["HKD"] = 7.8m, ["SGD"] = 1.3412m,
    });

    public static readonly string[] Clusters = ["beijing", "hangzhou", "shenzhen", "shanghai", "silicon-valley", "montreal", "toronto", "london", "singapore"];

    private static readonly (string Code, string En, string Zh)[] SectorWords =
    [
        ("ai-chips", "chip accelerator silicon inference hardware", "芯片 加速器 推理 硬件 算力"),
        ("algorithms", "algorithm optimisation search ranking learning", "算法 优化 搜索 排序 学习"),
        ("foundation-models", "foundation model language pretraining transformer", "大模型 语言 预训练 参数 对齐"),
        ("operating-systems", "operating system kernel embedded runtime", "操作系统 内核 嵌入式 运行时"),
        ("software-frameworks", "framework developer toolkit compiler library", "框架 开发者 工具 编译器 开源"),
        ("data-centers", "datacenter cooling power rack server", "数据中心 冷却 电力 机柜 服务器"),
        ("cloud-computing", "cloud platform elastic container service", "云计算 平台 弹性 容器 服务"),
        ("edge-computing", "edge device latency gateway sensor", "边缘 设备 时延 网关 传感器"),
        ("data-trading", "data exchange marketplace privacy compliance", "数据 交易 隐私 合规 流通"),
        ("compute-services", "compute rental gpu cluster scheduling", "算力 租赁 集群 调度 显卡"),
        ("smart-city", "city traffic camera governance urban", "城市 交通 摄像头 治理 城管"),
        ("logistics", "logistics warehouse delivery route freight", "物流 仓储 配送 路线 货运"),
        ("healthcare", "medical imaging diagnosis hospital patient", "医疗 影像 诊断 医院 患者"),
        ("fintech", "payment credit risk bank insurance", "支付 信贷 风控 银行 保险"),
        ("manufacturing", "factory inspection defect industrial robot", "工厂 质检 缺陷 工业 机器人"),
        ("autonomous-driving", "autonomous vehicle lidar perception driving", "自动驾驶 车辆 激光雷达 感知 驾驶"),
        ("robotics", "robot manipulation grasping humanoid motion", "机器人 操作 抓取 人形 运动"),
        ("education", "education tutoring student learning course", "教育 辅导 学生 学习 课程"),
        ("retail", "retail store customer recommendation shopping", "零售 门店 顾客 推荐 购物"),
        ("energy", "energy grid battery solar forecasting", "能源 电网 电池 光伏 预测"),
    ];

    private static readonly (string Code, string En, string Zh)[] AreaWords =
    [
        ("computer-vision", "vision image detection segmentation video", "视觉 图像 检测 分割 视频"),
        ("nlp", "language text translation dialogue parsing", "语言 文本 翻译 对话 句法"),
        ("speech", "speech audio recognition synthesis voice", "语音 音频 识别 合成 声音"),
        ("multimodal", "multimodal vision language grounding caption", "多模态 视觉 语言 对齐 描述"),
        ("robotics", "robot control manipulation locomotion planning", "机器人 控制 操作 运动 规划"),
        ("reinforcement-learning", "reinforcement policy reward agent exploration", "强化 策略 奖励 智能体 探索"),
        ("ml-systems", "distributed training serving compiler cluster", "分布式 训练 推理 编译器 集群"),
        ("ai-hardware", "accelerator chip architecture memory quantisation", "加速器 芯片 架构 存储 量化"),
        ("ai-for-science", "protein molecule physics simulation materials", "蛋白质 分子 物理 仿真 材料"),
        ("ai-safety", "safety alignment robustness interpretability evaluation", "安全 对齐 鲁棒 可解释 评测"),
        ("recommender-systems", "recommendation ranking retrieval user click", "推荐 排序 召回 用户 点击"),
        ("theory", "theory generalisation optimisation bound convergence", "理论 泛化 优化 界 收敛"),
    ];

    private static readonly string[] Skills =
    [
        .. new[] { "python", "pytorch", "jax", "tensorflow", "cuda", "triton", "rust", "cpp", "go", "kubernetes", "spark", "sql",
            "ros", "opencv", "llm-fine-tuning", "rlhf", "distributed-training", "quantisation", "compilers", "verilog" },
        .. Enumerable.Range(0, 60).Select(i => $"skill-{i}"),
    ];

    private static readonly string[] Currencies = ["USD", "USD", "USD", "CNY", "CNY", "EUR", "HKD", "SGD"];
    private readonly Random random = new(seed);

    public static IReadOnlyList<string> SectorCodes => [.. SectorWords.Select(s => s.Code)];
    public static IReadOnlyList<string> AreaCodes => [.. AreaWords.Select(s => s.Code)];

    public List<ProjectCandidate> Projects(int count)
    {
        var list = new List<ProjectCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var sectors = Pick(SectorWords, random.Next(1, 4));
            var state = random.NextDouble() switch { < 0.88 => ModerationState.Published, < 0.94 => ModerationState.Closed, _ => ModerationState.Draft };
            var published = Now.AddDays(-random.Next(0, 240)).AddMinutes(-random.Next(0, 1440));
            list.Add(new ProjectCandidate(
                NewId(), NewId(), Codes.Stages[random.Next(Codes.Stages.Count)],
                Thousands(Math.Exp(random.NextDouble() * (Math.Log(1e8) - Math.Log(1e5)) + Math.Log(1e5))),
                Currencies[random.Next(Currencies.Length)], [.. sectors.Select(s => s.Code)],
                Clusters[random.Next(Clusters.Length)], random.NextDouble() < 0.2 ? [Clusters[random.Next(Clusters.Length)]] : [],
                state, Describe(sectors, 2, 4), Describe(sectors, 8, 14), published, published.AddDays(random.Next(0, 30))));
        }
        return list;
    }

    public List<FundCandidate> Funds(int count)
    {
        var list = new List<FundCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var sectors = random.NextDouble() < 0.15 ? [] : Pick(SectorWords, random.Next(2, 6));
            var firstStage = random.Next(Codes.Stages.Count);
            var stages = random.NextDouble() < 0.15 ? [] : Codes.Stages.Skip(firstStage).Take(random.Next(1, 4)).ToList();
            long? min = null, max = null;
            string? currency = null;
            if (random.NextDouble() < 0.9)
            {
                currency = Currencies[random.Next(Currencies.Length)];
                var low = Thousands(Math.Exp(random.NextDouble() * (Math.Log(3e7) - Math.Log(1e5)) + Math.Log(1e5)));
                min = random.NextDouble() < 0.9 ? low : null;
                max = random.NextDouble() < 0.9 ? low * random.Next(3, 40) : null;
            }
            var guidance = random.NextDouble() < 0.2;
            var rule = guidance ? random.Next(3) switch { 0 => GuidanceRuleCodes.RegisteredInRegion, 1 => GuidanceRuleCodes.Reinvestment, _ => GuidanceRuleCodes.None } : null;
            var mandate = new MandateSnapshot(
                stages, [.. sectors.Select(s => s.Code)], min, max, currency,
                random.NextDouble() < 0.4 ? [] : PickCodes(Clusters, random.Next(1, 4)),
                random.NextDouble() < 0.5, random.NextDouble() < 0.95, rule,
                rule is null ? [] : PickCodes(Clusters, random.Next(1, 3)),
                rule == GuidanceRuleCodes.Reinvestment ? 1.5m : null,
                rule == GuidanceRuleCodes.Reinvestment && random.NextDouble() < 0.6);
            var focus = sectors.Count > 0 ? sectors : Pick(SectorWords, 3);
            list.Add(new FundCandidate(
                NewId(), mandate, random.NextDouble() < 0.8 ? Clusters[random.Next(Clusters.Length)] : null,
                Describe(focus, 10, 20), random.NextDouble() < 0.5 ? random.Next(5, 50) : null, random.Next(0, 60)));
        }
        return list;
    }

    public List<ResearcherCandidate> Researchers(int count)
    {
        var list = new List<ResearcherCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var areas = Pick(AreaWords, random.Next(1, 4));
            var visibility = random.NextDouble() switch { < 0.6 => ResearcherVisibility.Public, < 0.85 => ResearcherVisibility.VerifiedOrganisations, _ => ResearcherVisibility.Hidden };
            list.Add(new ResearcherCandidate(
                NewId(), visibility, [.. areas.Select(a => a.Code)], PickCodes(Skills, random.Next(3, 9)),
                random.NextDouble() < 0.1 ? null : Codes.Degrees[random.Next(Codes.Degrees.Count)],
                random.NextDouble() < 0.1 ? null : random.Next(0, 21),
                random.NextDouble() < 0.3 ? [] : PickCodes(Clusters, random.Next(1, 4)), random.NextDouble() < 0.5,
                random.NextDouble() < 0.3 ? [] : PickCodes(Codes.PositionTypes, random.Next(1, 4)),
                Describe(areas, 2, 4), Describe(areas, 8, 16)));
        }
        return list;
    }

    public List<PositionCandidate> Positions(int count)
    {
        var list = new List<PositionCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var areas = random.NextDouble() < 0.05 ? [] : Pick(AreaWords, random.Next(1, 3));
            var remoteOnly = random.NextDouble() < 0.08;
            var deadline = random.NextDouble() < 0.5 ? DateOnly.FromDateTime(Now).AddDays(random.Next(-20, 90)) : (DateOnly?)null;
            list.Add(new PositionCandidate(
                NewId(), random.NextDouble() < 0.7 ? PosterKind.Startup : PosterKind.Fund, NewId(), random.NextDouble() < 0.4,
                random.NextDouble() < 0.4 ? "full-time" : Codes.PositionTypes[random.Next(Codes.PositionTypes.Count)],
                [.. areas.Select(a => a.Code)], PickCodes(Skills, random.Next(0, 7)),
                random.NextDouble() < 0.4 ? null : Codes.Degrees[random.Next(1, Codes.Degrees.Count)],
                random.NextDouble() < 0.5 ? null : random.Next(0, 10),
                remoteOnly ? null : Clusters[random.Next(Clusters.Length)], remoteOnly || random.NextDouble() < 0.2,
                random.NextDouble() < 0.9, deadline,
                Describe(areas.Count > 0 ? areas : Pick(AreaWords, 1), 2, 4), Describe(areas.Count > 0 ? areas : Pick(AreaWords, 1), 10, 18),
                Now.AddDays(-random.Next(0, 120))));
        }
        return list;
    }

    /// <summary>Words of the topics, in English, Chinese or both, with a few general words mixed in.</summary>
    private LocalizedText Describe(IReadOnlyList<(string Code, string En, string Zh)> topics, int minWords, int maxWords)
    {
        var language = random.Next(3);
        var words = random.Next(minWords, maxWords + 1);
        string Text(Func<(string Code, string En, string Zh), string> of, string[] general, string separator)
        {
            var parts = new List<string>(words);
            for (var w = 0; w < words; w++)
            {
                var pool = random.NextDouble() < 0.75 ? of(topics[random.Next(topics.Count)]).Split(' ') : general;
                parts.Add(pool[random.Next(pool.Length)]);
            }
            return string.Join(separator, parts);
        }
        var en = language != 1 ? Text(t => t.En, GeneralEnglish, " ") : null;
        var zh = language != 0 ? Text(t => t.Zh, GeneralChinese, "，") : null;
        return new LocalizedText(en, zh);
    }

    private static readonly string[] GeneralEnglish = ["platform", "team", "customers", "growth", "product", "market", "global", "research", "scale", "solution"];
    private static readonly string[] GeneralChinese = ["平台", "团队", "客户", "增长", "产品", "市场", "全球", "研发", "规模", "方案"];

    private static long Thousands(double amount) => (long)Math.Round(amount / 1000) * 1000;

    /// <summary>Ids from the seeded generator, so the indexes' order (by id) and every result repeat.</summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private List<T> Pick<T>(IReadOnlyList<T> from, int count) => [.. from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Count))];

    private List<string> PickCodes(IReadOnlyList<string> from, int count) => Pick(from, count);
}
