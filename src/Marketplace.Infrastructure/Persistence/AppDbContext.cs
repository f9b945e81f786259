using Marketplace.Application.Common;
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
using Marketplace.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<ClusterStatistics> ClusterStatistics => Set<ClusterStatistics>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();
    public DbSet<ModerationRequest> ModerationRequests => Set<ModerationRequest>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportedRecord> ImportedRecords => Set<ImportedRecord>();
    public DbSet<Startup> Startups => Set<Startup>();
    public DbSet<StartupMember> StartupMembers => Set<StartupMember>();
    public DbSet<StartupInvitation> StartupInvitations => Set<StartupInvitation>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectConfidential> ProjectConfidentials => Set<ProjectConfidential>();
    public DbSet<ConfidentialAccess> ConfidentialAccesses => Set<ConfidentialAccess>();
    public DbSet<ConfidentialView> ConfidentialViews => Set<ConfidentialView>();
    public DbSet<ProjectView> ProjectViews => Set<ProjectView>();
    public DbSet<Fund> Funds => Set<Fund>();
    public DbSet<FundMember> FundMembers => Set<FundMember>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();
    public DbSet<ConversationRead> ConversationReads => Set<ConversationRead>();
    public DbSet<FundApplication> FundApplications => Set<FundApplication>();
    public DbSet<IntroRequest> IntroRequests => Set<IntroRequest>();
    public DbSet<FundInvitation> FundInvitations => Set<FundInvitation>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<DealEvent> DealEvents => Set<DealEvent>();
    public DbSet<DealNote> DealNotes => Set<DealNote>();
    public DbSet<DealRating> DealRatings => Set<DealRating>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CurrencyRate> CurrencyRates => Set<CurrencyRate>();
    public DbSet<ResearcherProfile> ResearcherProfiles => Set<ResearcherProfile>();
    public DbSet<SkillTag> SkillTags => Set<SkillTag>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<PositionApplication> PositionApplications => Set<PositionApplication>();
    public DbSet<PositionApplicationEvent> PositionApplicationEvents => Set<PositionApplicationEvent>();
    public DbSet<RecommendationGeneration> RecommendationGenerations => Set<RecommendationGeneration>();
    public DbSet<RecommendationChunk> RecommendationChunks => Set<RecommendationChunk>();
    public DbSet<CurrentGeneration> CurrentGenerations => Set<CurrentGeneration>();
    public DbSet<StoredRecommendation> Recommendations => Set<StoredRecommendation>();
    public DbSet<RecommendationFeedback> RecommendationFeedback => Set<RecommendationFeedback>();
    public DbSet<RecomputeRequest> RecomputeRequests => Set<RecomputeRequest>();
    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public async Task AddMissingSkillTagsAsync(IReadOnlyCollection<string> tags, DateTime now, CancellationToken cancellationToken)
    {
        // ON CONFLICT DO NOTHING reads the same in SQLite and PostgreSQL, and never aborts the caller's transaction.
        foreach (var tag in tags)
            await Database.ExecuteSqlAsync(
                $"INSERT INTO \"SkillTags\" (\"Name\", \"CreatedAt\") VALUES ({tag}, {now}) ON CONFLICT (\"Name\") DO NOTHING",
                cancellationToken);
    }

    public Task BulkInsertAsync<TEntity>(IReadOnlyList<TEntity> rows, CancellationToken cancellationToken) where TEntity : class =>
        BulkInsert.InsertAsync(this, rows, cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every time is UTC; SQLite keeps no kind, so reads are marked UTC explicitly.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
