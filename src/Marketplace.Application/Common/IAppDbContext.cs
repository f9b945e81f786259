using Marketplace.Domain.Auditing;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Conversations;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Files;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Notifications;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Startups;
using Marketplace.Domain.Imports;
using Marketplace.Domain.Matching;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Taxonomy;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Application.Common;

/// <summary>The application's view of the database. Implemented by the EF Core context in Infrastructure.</summary>
public interface IAppDbContext
{
    DbSet<Cluster> Clusters { get; }
    DbSet<ClusterStatistics> ClusterStatistics { get; }
    DbSet<TaxonomyTerm> TaxonomyTerms { get; }
    DbSet<UserProfile> UserProfiles { get; }
    DbSet<ModerationRequest> ModerationRequests { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<ImportedRecord> ImportedRecords { get; }
    DbSet<Startup> Startups { get; }
    DbSet<StartupMember> StartupMembers { get; }
    DbSet<StartupInvitation> StartupInvitations { get; }
    DbSet<Project> Projects { get; }
    DbSet<ProjectConfidential> ProjectConfidentials { get; }
    DbSet<ConfidentialAccess> ConfidentialAccesses { get; }
    DbSet<ConfidentialView> ConfidentialViews { get; }
    DbSet<ProjectView> ProjectViews { get; }
    DbSet<Fund> Funds { get; }
    DbSet<FundMember> FundMembers { get; }
    DbSet<Conversation> Conversations { get; }
    DbSet<ConversationMessage> ConversationMessages { get; }
    DbSet<ConversationRead> ConversationReads { get; }
    DbSet<FundApplication> FundApplications { get; }
    DbSet<IntroRequest> IntroRequests { get; }
    DbSet<FundInvitation> FundInvitations { get; }
    DbSet<Deal> Deals { get; }
    DbSet<DealEvent> DealEvents { get; }
    DbSet<DealNote> DealNotes { get; }
    DbSet<DealRating> DealRatings { get; }
    DbSet<LedgerEntry> LedgerEntries { get; }
    DbSet<StoredFile> StoredFiles { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<CurrencyRate> CurrencyRates { get; }
    DbSet<ResearcherProfile> ResearcherProfiles { get; }
    DbSet<SkillTag> SkillTags { get; }
    DbSet<Position> Positions { get; }
    DbSet<PositionApplication> PositionApplications { get; }
    DbSet<PositionApplicationEvent> PositionApplicationEvents { get; }
    DbSet<RecommendationGeneration> RecommendationGenerations { get; }
    DbSet<RecommendationChunk> RecommendationChunks { get; }
    DbSet<CurrentGeneration> CurrentGenerations { get; }
    DbSet<StoredRecommendation> Recommendations { get; }
    DbSet<RecommendationFeedback> RecommendationFeedback { get; }
    DbSet<RecomputeRequest> RecomputeRequests { get; }
    DbSet<DigestDelivery> DigestDeliveries { get; }

    /// <summary>Lets a long-running use case (the import) drop what a failed unit of work left tracked.</summary>
    ChangeTracker ChangeTracker { get; }

    /// <summary>Inserts the skill tags not yet known, skipping any that exist (also one inserted concurrently).</summary>
    Task AddMissingSkillTagsAsync(IReadOnlyCollection<string> tags, DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts many rows in the current transaction without tracking them (PostgreSQL COPY, SQLite
    /// multi-row INSERT): for derived, unaudited rows such as recommendations, never for user content.
    /// </summary>
    Task BulkInsertAsync<TEntity>(IReadOnlyList<TEntity> rows, CancellationToken cancellationToken) where TEntity : class;

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
