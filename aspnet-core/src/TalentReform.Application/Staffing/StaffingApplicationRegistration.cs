using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Staffing.Import;

namespace TalentReform.Staffing;

/// <summary>The Staffing module's application services (ADR 0009).</summary>
public static class StaffingApplicationRegistration
{
    public static IServiceCollection AddStaffingApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IStaffingQuotaAppService, StaffingQuotaAppService>();
        services.TryAddScoped<IPostAppService, PostAppService>();
        services.TryAddScoped<IPersonAppService, PersonAppService>();
        services.TryAddScoped<IAppointmentAppService, AppointmentAppService>();
        services.TryAddScoped<IOrgMetricsAppService, OrgMetricsAppService>();
        services.TryAddScoped<IStaffingMixAppService, StaffingMixAppService>();
        services.TryAddScoped<IStaffingMixRuleAppService, StaffingMixRuleAppService>();
        services.TryAddScoped<PostImporter>();
        services.TryAddScoped<PersonImporter>();
        return services;
    }
}
