using Microsoft.EntityFrameworkCore;
using TalentReform.EntityFrameworkCore;
using TalentReform.Repositories;

namespace TalentReform.Recruitment;

public class ApplicationRepository(TalentReformDbContext dbContext) : EfRepository<Application>(dbContext), IApplicationRepository
{
    public async Task<Guid?> FindIdByIdNumberAsync(Guid campaignId, string idNumber, CancellationToken cancellationToken = default) =>
        await Set.Where(a => a.CampaignId == campaignId && a.IdNumber == idNumber)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
