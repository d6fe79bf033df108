using TalentReform.Dtos;

namespace TalentReform.Organization;

public interface ILeadershipQuotaAppService
    : ICrudAppService<LeadershipQuotaDto, GetLeadershipQuotasInput, CreateLeadershipQuotaDto, UpdateLeadershipQuotaDto>;
