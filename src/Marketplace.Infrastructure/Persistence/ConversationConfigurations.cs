using Marketplace.Domain.Conversations;
using Marketplace.Domain.Funds;
using Marketplace.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Origin).HasMaxLength(20);
        builder.Property(c => c.FirstPartyKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.SecondPartyKind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Subject).HasMaxLength(500);
        builder.HasIndex(c => new { c.Origin, c.OriginId }).IsUnique();
        builder.HasIndex(c => new { c.FirstPartyKind, c.FirstPartyId });
        builder.HasIndex(c => new { c.SecondPartyKind, c.SecondPartyId });
    }
}

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.HasIndex(m => new { m.ConversationId, m.SentAt });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConversationReadConfiguration : IEntityTypeConfiguration<ConversationRead>
{
    public void Configure(EntityTypeBuilder<ConversationRead> builder)
    {
        builder.HasKey(r => new { r.ConversationId, r.UserId });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundApplicationConfiguration : IEntityTypeConfiguration<FundApplication>
{
    public void Configure(EntityTypeBuilder<FundApplication> builder)
    {
        builder.Versioned();
        builder.Property(a => a.Message).HasMaxLength(4000);
        builder.Property(a => a.DeclineNote).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.FundId, a.ProjectId });
        builder.HasIndex(a => new { a.FundId, a.CreatedAt });
        builder.HasOne<Fund>().WithMany().HasForeignKey(a => a.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IntroRequestConfiguration : IEntityTypeConfiguration<IntroRequest>
{
    public void Configure(EntityTypeBuilder<IntroRequest> builder)
    {
        builder.Versioned();
        builder.Property(r => r.Message).HasMaxLength(4000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.FundId, r.ProjectId });
        builder.HasOne<Fund>().WithMany().HasForeignKey(r => r.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
