using Marketplace.Domain.Auditing;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;
using Marketplace.Domain.Imports;
using Marketplace.Domain.Moderation;
using Marketplace.Domain.Taxonomy;
using Marketplace.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence;

internal static class ConfigurationExtensions
{
    public static void Versioned<T>(this EntityTypeBuilder<T> builder) where T : AuditedEntity
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    public static void Localized<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, LocalizedText?>> property, int maxLength)
        where T : class
    {
        builder.ComplexProperty(property, text =>
        {
            text.Property(t => t.En).HasMaxLength(maxLength);
            text.Property(t => t.Zh).HasMaxLength(maxLength);
        });
    }
}

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.Versioned();
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.HasIndex(c => c.Key).IsUnique();
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.Mode).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.ImportKey).HasMaxLength(128);
        builder.Localized(c => c.Name, 100);
        builder.Localized(c => c.Description, 4000);
    }
}

internal sealed class ClusterStatisticsConfiguration : IEntityTypeConfiguration<ClusterStatistics>
{
    public void Configure(EntityTypeBuilder<ClusterStatistics> builder)
    {
        builder.HasKey(s => s.ClusterId);
        builder.HasOne<Cluster>().WithOne().HasForeignKey<ClusterStatistics>(s => s.ClusterId);
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.Versioned();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.Group).HasMaxLength(64);
        builder.HasIndex(t => new { t.Kind, t.Code }).IsUnique();
        builder.Localized(t => t.Name, 100);
    }
}

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> builder)
    {
        builder.Versioned();
        builder.Property(p => p.DisplayName).HasMaxLength(80);
        builder.Property(p => p.Role).HasMaxLength(20);
        builder.Property(p => p.Culture).HasMaxLength(10);
        builder.Property(p => p.TimeZone).HasMaxLength(TimeZones.MaxLength).HasDefaultValue(TimeZones.Utc);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ImportKey).HasMaxLength(128);
        builder.HasIndex(p => p.HomeClusterId);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(p => p.HomeClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.ApplicationUser>().WithOne().HasForeignKey<UserProfile>(p => p.Id).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ModerationRequestConfiguration : IEntityTypeConfiguration<ModerationRequest>
{
    public void Configure(EntityTypeBuilder<ModerationRequest> builder)
    {
        builder.Versioned();
        builder.Property(r => r.ContentType).HasMaxLength(40);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(300);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasIndex(r => new { r.Decision, r.SubmittedAt });
        builder.HasIndex(r => new { r.ContentType, r.ContentId });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.UseCase).HasMaxLength(100);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.At);
    }
}

internal sealed class ImportedRecordConfiguration : IEntityTypeConfiguration<ImportedRecord>
{
    public void Configure(EntityTypeBuilder<ImportedRecord> builder)
    {
        builder.HasKey(r => new { r.Section, r.Key });
        builder.Property(r => r.Section).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(128);
        builder.Property(r => r.Hash).HasMaxLength(64);
    }
}
