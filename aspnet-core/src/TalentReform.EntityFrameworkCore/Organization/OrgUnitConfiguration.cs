using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Organization;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "OrgUnits");
        builder.Property(u => u.Code).HasMaxLength(OrgUnitConsts.MaxCodeLength).IsRequired();
        builder.Property(u => u.NameZh).HasMaxLength(OrgUnitConsts.MaxNameLength).IsRequired();
        builder.Property(u => u.NameEn).HasMaxLength(OrgUnitConsts.MaxNameLength).IsRequired();
        builder.Property(u => u.ShortName).HasMaxLength(OrgUnitConsts.MaxShortNameLength);
        builder.Property(u => u.ApprovalDocumentNumber).HasMaxLength(OrgUnitConsts.MaxApprovalDocumentNumberLength);
        builder.Ignore(u => u.Depth);

        // Codes are unique per zone; a subtree is a prefix range of this index.
        builder.HasIndex(u => new { u.ZoneId, u.Code }).IsUnique();
        builder.HasIndex(u => new { u.ZoneId, u.ParentId });

        // Duty clauses belong to the unit (same aggregate): loaded with it, deleted with it.
        builder.HasMany(u => u.Functions).WithOne().HasForeignKey(f => f.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Functions).HasField("_functions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
