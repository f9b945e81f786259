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

/// <summary>Who is running the current use case: a signed-in user, a background job (system), or nobody.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    bool IsAuthenticated { get; }
    /// <summary>Background jobs and the CLI act as the system, which may run administrative use cases.</summary>
    bool IsSystem { get; }
    bool IsInRole(string role);
}

/// <summary>Commands run inside one database transaction; implemented over the EF Core context.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }
    Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken cancellationToken);
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction has committed, and never if it rolls back:
    /// for effects outside the database (an e-mail) that must not happen for a write that is undone.
    /// </summary>
    void AfterCommit(Func<CancellationToken, Task> action);
}

/// <summary>Which use case is running, so the audit log can say why a row changed.</summary>
public interface IUseCaseContext
{
    string? Current { get; set; }

    /// <summary>The running command when it is an <see cref="IAuditedAction"/> not yet written to the audit log.</summary>
    IAuditedAction? PendingAction { get; set; }
}

public sealed class UseCaseContext : IUseCaseContext
{
    public string? Current { get; set; }

    public IAuditedAction? PendingAction { get; set; }
}

/// <summary>
/// A command that changes no audited row but must still leave a line in the audit log (an
/// administrator starting a job, say). The transaction behavior hands it to the audit
/// interceptor, which writes the line with the command's own transaction: handlers never do.
/// </summary>
public interface IAuditedAction
{
    /// <summary>What was acted on, as the audit log names it (e.g. "Job").</summary>
    string AuditEntityType { get; }

    string AuditEntityId { get; }

    /// <summary>What the action set, as the audit log's changes read ({ "Property": { "after": ... } }); null for nothing.</summary>
    IReadOnlyDictionary<string, object?>? AuditChanges => null;
}

public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int Page(int? page) => page is > 0 ? page.Value : 1;

    public static int Size(int? size) => size is > 0 ? Math.Min(size.Value, MaxPageSize) : DefaultPageSize;

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var p = Page(page);
        var s = Size(pageSize);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((p - 1) * s).Take(s).ToListAsync(ct);
        return new PagedList<T>(items, p, s, total);
    }
}
