using Microsoft.EntityFrameworkCore;
using TalentReform.EntityFrameworkCore;
using TalentReform.Repositories;

namespace TalentReform.Zones;

public class ZoneRepository(TalentReformDbContext dbContext) : EfRepository<Zone>(dbContext), IZoneRepository
{
    public Task<Zone?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        Set.FirstOrDefaultAsync(z => z.Code == code, cancellationToken);
}
