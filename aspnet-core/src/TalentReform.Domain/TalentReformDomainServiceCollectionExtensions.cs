using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Data.Seeding;
using TalentReform.Identity;

namespace TalentReform;

public static class TalentReformDomainServiceCollectionExtensions
{
    public static IServiceCollection AddTalentReformDomain(this IServiceCollection services)
    {
        services.AddScoped<IDataFilter, DataFilter>();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<TalentReformDataSeeder>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
