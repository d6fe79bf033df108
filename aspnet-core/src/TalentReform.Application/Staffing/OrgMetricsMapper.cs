using Riok.Mapperly.Abstractions;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>The metrics as computed; the 三定 gaps come in already mapped because they carry unit names looked up by the caller.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class OrgMetricsMapper
{
    public static partial OrgMetricsDto ToDto(
        this OrgMetrics metrics, IReadOnlyList<PostWithoutDutyDto> postsWithoutDuty, IReadOnlyList<DutyWithoutPostDto> dutiesWithoutPost);

    public static partial QuotaUsageDto ToDto(this QuotaUsage usage);

    [MapProperty(nameof(Post.Id), nameof(PostWithoutDutyDto.PostId))]
    public static partial PostWithoutDutyDto ToPostWithoutDutyDto(this Post post, string orgUnitName);

    [MapProperty(nameof(@UncitedDuty.Unit.Id), nameof(DutyWithoutPostDto.OrgUnitId))]
    [MapProperty(nameof(@UncitedDuty.Function.Id), nameof(DutyWithoutPostDto.FunctionId))]
    [MapProperty(nameof(@UncitedDuty.Function.Number), nameof(DutyWithoutPostDto.Number))]
    [MapProperty(nameof(@UncitedDuty.Function.Text), nameof(DutyWithoutPostDto.Text))]
    public static partial DutyWithoutPostDto ToDto(this UncitedDuty duty, string orgUnitName);
}
