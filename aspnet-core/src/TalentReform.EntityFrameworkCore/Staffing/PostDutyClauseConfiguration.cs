using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class PostDutyClauseConfiguration : IEntityTypeConfiguration<PostDutyClause>
{
    public void Configure(EntityTypeBuilder<PostDutyClause> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "PostDutyClauses");
        builder.HasKey(c => new { c.PostId, c.FunctionId });

        // "Duty clauses without a post" (三定 gaps) is looked up from the clause side.
        builder.HasIndex(c => c.FunctionId);
    }
}
