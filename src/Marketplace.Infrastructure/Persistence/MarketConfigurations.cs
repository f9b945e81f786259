using Marketplace.Domain.Clusters;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Files;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Notifications;
using Marketplace.Domain.Projects;
using Marketplace.Domain.Startups;
using Marketplace.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence;

internal sealed class StartupConfiguration : IEntityTypeConfiguration<Startup>
{
    public void Configure(EntityTypeBuilder<Startup> builder)
    {
        builder.Versioned();
        builder.Localized(s => s.Name, 200);
        builder.Localized(s => s.Description, 8000);
        builder.Property(s => s.Stage).HasMaxLength(40);
        builder.Property(s => s.Website).HasMaxLength(500);
        builder.Property(s => s.ImportKey).HasMaxLength(128);
        builder.PrimitiveCollection(s => s.Sectors).ElementType(e => e.HasMaxLength(64));
        builder.PrimitiveCollection(s => s.RelocationClusterKeys).ElementType(e => e.HasMaxLength(64));
        builder.HasOne<Cluster>().WithMany().HasForeignKey(s => s.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(s => s.LogoFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ClusterId);
        builder.HasIndex(s => s.ImportKey);
    }
}

internal sealed class StartupMemberConfiguration : IEntityTypeConfiguration<StartupMember>
{
    public void Configure(EntityTypeBuilder<StartupMember> builder)
    {
        builder.HasKey(m => new { m.StartupId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Startup>().WithMany().HasForeignKey(m => m.StartupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StartupInvitationConfiguration : IEntityTypeConfiguration<StartupInvitation>
{
    public void Configure(EntityTypeBuilder<StartupInvitation> builder)
    {
        builder.Versioned();
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.StartupId, i.Email });
        builder.HasOne<Startup>().WithMany().HasForeignKey(i => i.StartupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Versioned();
        builder.Localized(p => p.Title, 200);
        builder.Localized(p => p.Summary, 4000);
        builder.Localized(p => p.UseOfFunds, 4000);
        builder.Property(p => p.SeekingCurrency).HasMaxLength(3);
        builder.Property(p => p.Instrument).HasMaxLength(40);
        builder.Property(p => p.Stage).HasMaxLength(40);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ClosedReason).HasMaxLength(20);
        builder.Property(p => p.ImportKey).HasMaxLength(128);
        builder.OwnsMany(p => p.Traction, t =>
        {
            t.ToJson();
            t.Property(m => m.Metric).HasMaxLength(40);
        });
        builder.HasOne<Startup>().WithMany().HasForeignKey(p => p.StartupId).OnDelete(DeleteBehavior.Restrict);
        // Discovery filters published projects and sorts by date or amount.
        builder.HasIndex(p => new { p.State, p.PublishedAt });
        builder.HasIndex(p => new { p.State, p.SeekingCurrency, p.SeekingAmount });
        builder.HasIndex(p => p.StartupId);
        builder.HasIndex(p => p.ImportKey);
    }
}

internal sealed class ProjectConfidentialConfiguration : IEntityTypeConfiguration<ProjectConfidential>
{
    public void Configure(EntityTypeBuilder<ProjectConfidential> builder)
    {
        builder.Versioned();
        builder.Property(c => c.PreMoneyValuationCurrency).HasMaxLength(3);
        builder.Property(c => c.RevenueLast12MonthsCurrency).HasMaxLength(3);
        builder.Property(c => c.MonthlyBurnCurrency).HasMaxLength(3);
        builder.HasOne<Project>().WithOne().HasForeignKey<ProjectConfidential>(c => c.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(c => c.PitchDeckFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConfidentialAccessConfiguration : IEntityTypeConfiguration<ConfidentialAccess>
{
    public void Configure(EntityTypeBuilder<ConfidentialAccess> builder)
    {
        builder.Versioned();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Message).HasMaxLength(2000);
        // One access record per fund and project; its history is in the audit log.
        builder.HasIndex(a => new { a.ProjectId, a.FundId }).IsUnique();
        builder.HasIndex(a => a.FundId);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Fund>().WithMany().HasForeignKey(a => a.FundId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectViewConfiguration : IEntityTypeConfiguration<ProjectView>
{
    public void Configure(EntityTypeBuilder<ProjectView> builder)
    {
        // The key is what makes a reload by the same reader on the same day count once.
        builder.HasKey(v => new { v.ProjectId, v.ViewerId, v.Day });
        builder.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConfidentialViewConfiguration : IEntityTypeConfiguration<ConfidentialView>
{
    public void Configure(EntityTypeBuilder<ConfidentialView> builder)
    {
        builder.Property(v => v.What).HasMaxLength(20);
        builder.HasIndex(v => new { v.ProjectId, v.At });
        builder.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.Versioned();
        builder.Localized(f => f.Name, 200);
        builder.Localized(f => f.Description, 8000);
        builder.Property(f => f.Type).HasMaxLength(40);
        builder.Property(f => f.Website).HasMaxLength(500);
        builder.Property(f => f.SizeCurrency).HasMaxLength(3);
        builder.Property(f => f.TicketCurrency).HasMaxLength(3);
        builder.Property(f => f.GuidanceRule).HasMaxLength(40);
        builder.Property(f => f.ReinvestmentRatio).HasPrecision(6, 2);
        builder.Property(f => f.ImportKey).HasMaxLength(128);
        builder.PrimitiveCollection(f => f.MandateSectors).ElementType(e => e.HasMaxLength(64));
        builder.PrimitiveCollection(f => f.MandateStages).ElementType(e => e.HasMaxLength(40));
        builder.PrimitiveCollection(f => f.TargetClusterKeys).ElementType(e => e.HasMaxLength(64));
        builder.PrimitiveCollection(f => f.GuidanceRegions).ElementType(e => e.HasMaxLength(64));
        builder.HasOne<Cluster>().WithMany().HasForeignKey(f => f.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ImportKey);
        builder.HasIndex(f => new { f.Type, f.ClusterId });
    }
}

internal sealed class FundInvitationConfiguration : IEntityTypeConfiguration<FundInvitation>
{
    public void Configure(EntityTypeBuilder<FundInvitation> builder)
    {
        builder.Versioned();
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Role).HasMaxLength(20);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.FundId, i.Email });
        builder.HasOne<Fund>().WithMany().HasForeignKey(i => i.FundId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Versioned();
        builder.Property(d => d.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Source).HasMaxLength(20);
        builder.Property(d => d.PassReason).HasMaxLength(40);
        builder.Property(d => d.PassNote).HasMaxLength(2000);
        builder.Property(d => d.InvestedCurrency).HasMaxLength(3);
        builder.HasIndex(d => new { d.FundId, d.ProjectId }).IsUnique();
        builder.HasIndex(d => new { d.FundId, d.Stage });
        builder.HasIndex(d => d.ProjectId);
        builder.HasOne<Fund>().WithMany().HasForeignKey(d => d.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DealEventConfiguration : IEntityTypeConfiguration<DealEvent>
{
    public void Configure(EntityTypeBuilder<DealEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(20);
        builder.Property(e => e.FromStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ToStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(40);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasIndex(e => new { e.DealId, e.At });
        builder.HasOne<Deal>().WithMany().HasForeignKey(e => e.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DealNoteConfiguration : IEntityTypeConfiguration<DealNote>
{
    public void Configure(EntityTypeBuilder<DealNote> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(8000);
        builder.HasIndex(n => new { n.DealId, n.CreatedAt });
        builder.HasOne<Deal>().WithMany().HasForeignKey(n => n.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DealRatingConfiguration : IEntityTypeConfiguration<DealRating>
{
    public void Configure(EntityTypeBuilder<DealRating> builder)
    {
        builder.HasKey(r => new { r.DealId, r.UserId });
        builder.HasOne<Deal>().WithMany().HasForeignKey(r => r.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.HasIndex(e => e.FundId);
        // Not unique: a reversal entry follows an investment that was moved back (see LedgerEntry).
        builder.HasIndex(e => e.DealId);
        builder.HasOne<Fund>().WithMany().HasForeignKey(e => e.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deal>().WithMany().HasForeignKey(e => e.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundMemberConfiguration : IEntityTypeConfiguration<FundMember>
{
    public void Configure(EntityTypeBuilder<FundMember> builder)
    {
        builder.HasKey(m => new { m.FundId, m.UserId });
        builder.Property(m => m.Role).HasMaxLength(20);
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Fund>().WithMany().HasForeignKey(m => m.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Purpose).HasMaxLength(20);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.OriginalName).HasMaxLength(255);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StorageKey).HasMaxLength(300);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(60);
        builder.Property(n => n.Arguments).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CurrencyRateConfiguration : IEntityTypeConfiguration<CurrencyRate>
{
    public void Configure(EntityTypeBuilder<CurrencyRate> builder)
    {
        builder.Versioned();
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.HasIndex(r => r.Currency).IsUnique();
        builder.Property(r => r.UnitsPerReference).HasPrecision(18, 6);
    }
}
