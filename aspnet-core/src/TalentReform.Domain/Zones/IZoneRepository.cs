using TalentReform.Data;

namespace TalentReform.Zones;

public interface IZoneRepository : IRepository<Zone>
{
    Task<Zone?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}
