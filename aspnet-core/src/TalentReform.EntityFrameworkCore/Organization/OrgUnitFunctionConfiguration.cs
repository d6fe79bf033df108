using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Organization;

internal sealed class OrgUnitFunctionConfiguration : IEntityTypeConfiguration<OrgUnitFunction>
{
    public void Configure(EntityTypeBuilder<OrgUnitFunction> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "OrgUnitFunctions");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Text).HasMaxLength(OrgUnitConsts.MaxFunctionTextLength).IsRequired();
        builder.HasIndex(f => new { f.OrgUnitId, f.Number });
    }
}
