using Riok.Mapperly.Abstractions;

namespace TalentReform.Staffing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PostMapper
{
    [MapProperty(nameof(Post.DutyClauses), nameof(PostDto.DutyClauseIds))]
    public static partial PostDto ToDto(this Post post);

    private static Guid ToFunctionId(PostDutyClause clause) => clause.FunctionId;
}
