using Marketplace.Domain.Matching;
using Marketplace.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence;

internal sealed class RecommendationGenerationConfiguration : IEntityTypeConfiguration<RecommendationGeneration>
{
    public void Configure(EntityTypeBuilder<RecommendationGeneration> builder)
    {
        builder.Property(g => g.Pairing).HasMaxLength(40);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(g => new { g.Pairing, g.Status });
    }
}

internal sealed class RecommendationChunkConfiguration : IEntityTypeConfiguration<RecommendationChunk>
{
    public void Configure(EntityTypeBuilder<RecommendationChunk> builder)
    {
        builder.HasKey(c => new { c.GenerationId, c.Index });
        builder.HasOne<RecommendationGeneration>().WithMany().HasForeignKey(c => c.GenerationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CurrentGenerationConfiguration : IEntityTypeConfiguration<CurrentGeneration>
{
    public void Configure(EntityTypeBuilder<CurrentGeneration> builder)
    {
        builder.HasKey(c => c.Pairing);
        builder.Property(c => c.Pairing).HasMaxLength(40);
        builder.HasOne<RecommendationGeneration>().WithMany().HasForeignKey(c => c.GenerationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<StoredRecommendation>
{
    public void Configure(EntityTypeBuilder<StoredRecommendation> builder)
    {
        builder.ToTable("Recommendations");
        builder.Property(r => r.SubjectKind).HasMaxLength(20);
        builder.Property(r => r.TargetKind).HasMaxLength(20);
        builder.Property(r => r.Factors).HasMaxLength(8000);
        builder.Property(r => r.HardRules).HasMaxLength(8000);
        // Readers ask for one subject's list in the current generation, in rank order.
        builder.HasIndex(r => new { r.GenerationId, r.SubjectKind, r.SubjectId, r.Rank });
        builder.HasIndex(r => new { r.GenerationId, r.TargetKind, r.TargetId });
        builder.HasOne<RecommendationGeneration>().WithMany().HasForeignKey(r => r.GenerationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecommendationFeedbackConfiguration : IEntityTypeConfiguration<RecommendationFeedback>
{
    public void Configure(EntityTypeBuilder<RecommendationFeedback> builder)
    {
        builder.ToTable("RecommendationFeedback");
        builder.Property(f => f.SubjectKind).HasMaxLength(20);
        builder.Property(f => f.TargetKind).HasMaxLength(20);
        builder.Property(f => f.Action).HasMaxLength(20);
        builder.Property(f => f.Reason).HasMaxLength(40);
        builder.HasIndex(f => new { f.SubjectKind, f.SubjectId, f.TargetId, f.At });
        builder.HasIndex(f => new { f.UserId, f.At });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecomputeRequestConfiguration : IEntityTypeConfiguration<RecomputeRequest>
{
    public void Configure(EntityTypeBuilder<RecomputeRequest> builder)
    {
        builder.Property(r => r.EntityKind).HasMaxLength(20);
        builder.HasIndex(r => new { r.DoneAt, r.RequestedAt });
        builder.HasIndex(r => new { r.EntityKind, r.EntityId, r.DoneAt });
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.Property(d => d.Period).HasMaxLength(10);
        builder.HasIndex(d => new { d.UserId, d.Period }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
