using Marketplace.Domain.Clusters;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Startups;
using Marketplace.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence;

internal sealed class ResearcherProfileConfiguration : IEntityTypeConfiguration<ResearcherProfile>
{
    public void Configure(EntityTypeBuilder<ResearcherProfile> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Versioned();
        builder.Localized(r => r.Headline, 200);
        builder.Localized(r => r.Summary, 4000);
        builder.Localized(r => r.Affiliation, 200);
        builder.Property(r => r.AffiliationType).HasMaxLength(40);
        builder.Property(r => r.Degree).HasMaxLength(20);
        builder.Property(r => r.Orcid).HasMaxLength(19);
        builder.Property(r => r.SalaryExpectationCurrency).HasMaxLength(3);
        builder.Property(r => r.Visibility).HasMaxLength(40);
        builder.Property(r => r.ImportKey).HasMaxLength(128);
        builder.PrimitiveCollection(r => r.ResearchAreas).ElementType(e => e.HasMaxLength(64));
        builder.PrimitiveCollection(r => r.Skills).ElementType(e => e.HasMaxLength(SkillTag.MaxLength));
        builder.PrimitiveCollection(r => r.Links).ElementType(e => e.HasMaxLength(500));
        builder.PrimitiveCollection(r => r.DesiredClusterKeys).ElementType(e => e.HasMaxLength(64));
        builder.PrimitiveCollection(r => r.PositionTypes).ElementType(e => e.HasMaxLength(40));
        builder.OwnsMany(r => r.Publications, p =>
        {
            p.ToJson();
            p.Property(x => x.Title).HasMaxLength(500);
            p.Property(x => x.Venue).HasMaxLength(200);
            p.Property(x => x.Doi).HasMaxLength(200);
            p.Property(x => x.Url).HasMaxLength(500);
        });
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<ResearcherProfile>(r => r.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Visibility);
        builder.HasIndex(r => r.ImportKey);
    }
}

internal sealed class SkillTagConfiguration : IEntityTypeConfiguration<SkillTag>
{
    public void Configure(EntityTypeBuilder<SkillTag> builder)
    {
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(SkillTag.MaxLength);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.Versioned();
        builder.Localized(p => p.Title, 200);
        builder.Localized(p => p.Description, 8000);
        builder.Property(p => p.Type).HasMaxLength(40);
        builder.Property(p => p.MinDegree).HasMaxLength(20);
        builder.Property(p => p.CompensationCurrency).HasMaxLength(3);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ClosedReason).HasMaxLength(20);
        builder.Property(p => p.ImportKey).HasMaxLength(128);
        builder.PrimitiveCollection(p => p.ResearchAreas).ElementType(e => e.HasMaxLength(64));
        builder.PrimitiveCollection(p => p.Skills).ElementType(e => e.HasMaxLength(SkillTag.MaxLength));
        builder.HasOne<Startup>().WithMany().HasForeignKey(p => p.StartupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Fund>().WithMany().HasForeignKey(p => p.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(p => p.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        // Discovery lists published positions newest first; the closing job finds them by deadline.
        builder.HasIndex(p => new { p.State, p.PublishedAt });
        builder.HasIndex(p => new { p.State, p.Deadline });
        builder.HasIndex(p => p.StartupId);
        builder.HasIndex(p => p.FundId);
        builder.HasIndex(p => p.ClusterId);
        builder.HasIndex(p => p.ImportKey);
    }
}

internal sealed class PositionApplicationConfiguration : IEntityTypeConfiguration<PositionApplication>
{
    public void Configure(EntityTypeBuilder<PositionApplication> builder)
    {
        builder.Versioned();
        builder.Property(a => a.Note).HasMaxLength(4000);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RejectionReason).HasMaxLength(40);
        builder.Property(a => a.RejectionNote).HasMaxLength(2000);
        // One live application per researcher and position, held by the database too (two
        // simultaneous submissions cannot both pass). The filter names the stored stage strings.
        builder.HasIndex(a => new { a.PositionId, a.ResearcherId })
            .IsUnique()
            .HasFilter("\"Stage\" IN ('Applied', 'Reviewing', 'Interview', 'Offer')")
            .HasDatabaseName("IX_PositionApplications_LiveApplication");
        builder.HasIndex(a => new { a.ResearcherId, a.UpdatedAt });
        builder.HasIndex(a => new { a.PositionId, a.Stage });
        builder.HasOne<Position>().WithMany().HasForeignKey(a => a.PositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ResearcherId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PositionApplicationEventConfiguration : IEntityTypeConfiguration<PositionApplicationEvent>
{
    public void Configure(EntityTypeBuilder<PositionApplicationEvent> builder)
    {
        builder.Property(e => e.FromStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ToStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(40);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasIndex(e => new { e.ApplicationId, e.At });
        builder.HasOne<PositionApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
