using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TalentReform.EntityFrameworkCore;

/// <summary>The row of one named counter of <see cref="EfSequenceNumbers"/>: the last number handed out.</summary>
internal sealed class SequenceCounter
{
    public const string Table = TalentReformDbContext.TablePrefix + "Sequences";
    public const int MaxNameLength = 128;

    public string Name { get; set; } = null!;
    public int LastValue { get; set; }
}

internal sealed class SequenceCounterConfiguration : IEntityTypeConfiguration<SequenceCounter>
{
    public void Configure(EntityTypeBuilder<SequenceCounter> builder)
    {
        builder.ToTable(SequenceCounter.Table);
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(SequenceCounter.MaxNameLength);
    }
}
