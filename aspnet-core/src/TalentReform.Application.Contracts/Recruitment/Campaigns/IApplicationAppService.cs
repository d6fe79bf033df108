using TalentReform.Excel;

namespace TalentReform.Recruitment;

public interface IApplicationAppService
{
    Task<ApplicationRegistrationDto> RegisterAsync(RegisterApplicationDto input, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ApplicationDto>> GetListAsync(GetApplicationsInput input, CancellationToken cancellationToken = default);
    Task<ApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
    Task<ApplicationDto> AdvanceAsync(Guid id, AdvanceApplicationDto input, CancellationToken cancellationToken = default);
    Task<ApplicationDto> FailAsync(Guid id, FailApplicationDto input, CancellationToken cancellationToken = default);
    Task<ApplicationDto> EnterWrittenScoreAsync(Guid id, EnterScoreDto input, CancellationToken cancellationToken = default);
    Task<ApplicationDto> EnterInterviewScoreAsync(Guid id, EnterScoreDto input, CancellationToken cancellationToken = default);
    Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default);
    Task<ImportResultDto> ImportScoresAsync(Guid campaignId, Stream file, bool dryRun, CancellationToken cancellationToken = default);
    Task<InterviewShortlistDto> ShortlistAsync(PositionRefDto input, CancellationToken cancellationToken = default);
    Task<RankingDto> RankAsync(RankPositionDto input, CancellationToken cancellationToken = default);
    Task<ReplacementDto> ReplaceAsync(Guid id, CancellationToken cancellationToken = default);
    Task<ApplicationDto> ReviewAvoidanceAsync(Guid id, ReviewAvoidanceDto input, CancellationToken cancellationToken = default);
}
