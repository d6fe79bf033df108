using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Posts");
        builder.Property(p => p.Code).HasMaxLength(PostConsts.MaxCodeLength).IsRequired();
        builder.Property(p => p.TitleZh).HasMaxLength(PostConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.TitleEn).HasMaxLength(PostConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.Fte).HasPrecision(4, 2);
        builder.HasIndex(p => new { p.ZoneId, p.Code }).IsUnique();
        builder.HasIndex(p => new { p.OrgUnitId, p.LeadershipRole });

        builder.HasMany(p => p.DutyClauses).WithOne().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.DutyClauses).HasField("_dutyClauses").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
