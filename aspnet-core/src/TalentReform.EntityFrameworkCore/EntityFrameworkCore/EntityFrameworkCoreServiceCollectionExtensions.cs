using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Repositories;
using TalentReform.Zones;

namespace TalentReform.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>Registers the DbContext for the configured provider and the repositories.</summary>
    public static IServiceCollection AddTalentReformEntityFrameworkCore(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.AddDbContext<TalentReformDbContext>(options => TalentReformDbContextOptions.Configure(options, provider, connectionString));
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<IZoneRepository, ZoneRepository>();
        services.AddScoped<IPermissionGrantRepository, PermissionGrantRepository>();
        services.AddScoped<IOrgUnitRepository, OrgUnitRepository>();
        services.AddScoped<IWorkCalendarYearRepository, WorkCalendarYearRepository>();
        services.AddSingleton<IAsyncQueryableExecuter, EfAsyncQueryableExecuter>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<ISequenceNumbers, EfSequenceNumbers>();
        services.AddScoped<Planning.Approval.IApproverDirectory, Planning.Approval.ApproverDirectory>();
        return services;
    }
}
