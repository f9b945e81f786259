using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Researchers;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Infrastructure;

/// <summary>
/// Positions and researcher profiles written straight to the database, for tests of what happens after
/// they exist (applications); the forms that make them have tests of their own.
/// </summary>
public static class PublishedPositions
{
    public static string UniqueTitle(string prefix = "Position") => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A published position of a startup (or, with <paramref name="fundId"/>, a fund), created by <paramref name="createdBy"/>.</summary>
    public static Task<Guid> CreateAsync(MarketplaceApp app, Guid createdBy, Guid? startupId = null, Guid? fundId = null, string? title = null,
        Action<Position>? configure = null) =>
        app.QueryAsync(async db =>
        {
            var clusterId = await db.Clusters.Where(c => c.Key == "shenzhen").Select(c => c.Id).SingleAsync();
            var position = new Position(startupId, fundId, new LocalizedText(title ?? UniqueTitle(), "机器人工程师"), "full-time")
            {
                Description = new LocalizedText("Build manipulation policies for warehouse robots.", "为仓储机器人构建操作策略。"),
                ClusterId = clusterId,
                Skills = ["robotics", "pytorch"],
                State = ModerationState.Published,
                PublishedAt = DateTime.UtcNow,
                CreatedById = createdBy,
            };
            configure?.Invoke(position);
            db.Positions.Add(position);
            await db.SaveChangesAsync();
            return position.Id;
        });

    /// <summary>A researcher's profile; hidden unless the test says otherwise, with a salary expectation that must never leak.</summary>
    public static Task<Guid> ProfileAsync(MarketplaceApp app, Guid researcherId, string headline, string visibility = ResearcherVisibility.Hidden) =>
        app.QueryAsync(async db =>
        {
            db.ResearcherProfiles.Add(new ResearcherProfile(researcherId)
            {
                Headline = new LocalizedText(headline, "机器人学习研究者"),
                Summary = new LocalizedText("Five years of reinforcement learning for manipulation.", null),
                Affiliation = new LocalizedText("Mila", "Mila 研究所"),
                AffiliationType = "institute",
                Skills = ["robotics", "reinforcement-learning"],
                Degree = "phd",
                YearsExperience = 5,
                Orcid = "0000-0002-1825-0097",
                Publications = [new Publication("Dexterous grasping at scale", "CoRL", 2024, "10.1000/xyz123", null)],
                DesiredClusterKeys = ["shenzhen"],
                OpenToRelocation = true,
                PositionTypes = ["full-time"],
                SalaryExpectationAmount = 987_654,
                SalaryExpectationCurrency = "CAD",
                Visibility = visibility,
            });
            await db.SaveChangesAsync();
            return researcherId;
        });
}
