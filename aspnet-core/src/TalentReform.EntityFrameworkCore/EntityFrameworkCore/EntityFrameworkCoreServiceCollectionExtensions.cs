using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Recruitment;
using TalentReform.Repositories;
using TalentReform.Zones;

namespace TalentReform.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext for the configured provider, the platform's repositories and unit of work, and every
    /// module's repositories (each module registers its own, ADR 0009; Staffing and Talents use the generic one only).
    /// </summary>
    public static IServiceCollection AddTalentReformEntityFrameworkCore(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddDbContext<TalentReformDbContext>(options => TalentReformDbContextOptions.Configure(options, provider, connectionString));
        services.TryAddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.TryAddScoped<IZoneRepository, ZoneRepository>();
        services.TryAddScoped<IPermissionGrantRepository, PermissionGrantRepository>();
        services.TryAddSingleton<IAsyncQueryableExecuter, EfAsyncQueryableExecuter>();
        services.TryAddScoped<IUnitOfWork, EfUnitOfWork>();
        services.TryAddScoped<ISequenceNumbers, EfSequenceNumbers>();
        return services
            .AddOrganizationEntityFrameworkCore()
            .AddPlanningEntityFrameworkCore()
            .AddRecruitmentEntityFrameworkCore();
    }
}
