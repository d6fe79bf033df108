using TalentReform.Dtos;
using TalentReform.Planning;

namespace TalentReform.Recruitment;

public interface IRecruitmentPlanAppService
{
    Task<PagedResultDto<RecruitmentPlanListItemDto>> GetListAsync(GetRecruitmentPlansInput input, CancellationToken cancellationToken = default);

    Task<RecruitmentPlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<RecruitmentPlanDto> CreateAsync(CreateRecruitmentPlanDto input, CancellationToken cancellationToken = default);

    Task<RecruitmentPlanDto> UpdateAsync(Guid id, UpdateRecruitmentPlanDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<RecruitmentPlanDto> SubmitAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Decides a pending step of a plan's approval (the step comes from the approvals inbox).</summary>
    Task<RecruitmentPlanDto> DecideAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken = default);

    Task<RecruitmentPlanDto> RecordFilingAsync(Guid id, RecordRecruitmentPlanFilingDto input, CancellationToken cancellationToken = default);

    Task<RecruitmentPlanDto> CloseAsync(Guid id, CancellationToken cancellationToken = default);
}
