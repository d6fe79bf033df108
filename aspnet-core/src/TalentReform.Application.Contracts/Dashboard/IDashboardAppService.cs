namespace TalentReform.Dashboard;

public interface IDashboardAppService
{
    Task<DashboardDto> GetAsync(CancellationToken cancellationToken = default);
}
