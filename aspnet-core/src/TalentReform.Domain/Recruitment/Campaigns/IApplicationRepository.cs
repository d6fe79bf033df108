using TalentReform.Data;

namespace TalentReform.Recruitment;

public interface IApplicationRepository : IRepository<Application>
{
    /// <summary>The campaign's application by this 身份证号 (normalised, check character upper-case), if any, whatever its status.</summary>
    Task<Guid?> FindIdByIdNumberAsync(Guid campaignId, string idNumber, CancellationToken cancellationToken = default);
}
