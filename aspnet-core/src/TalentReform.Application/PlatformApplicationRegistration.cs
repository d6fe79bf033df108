using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Account;
using TalentReform.Auditing;
using TalentReform.Dashboard;
using TalentReform.Excel;
using TalentReform.Identity;
using TalentReform.Notifications;
using TalentReform.PersonalData;
using TalentReform.Zones;

namespace TalentReform;

/// <summary>The platform's application services: accounts, zones, users and roles, audit log, notifications, dashboard, Excel.</summary>
public static class PlatformApplicationRegistration
{
    public static IServiceCollection AddPlatformApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IAccountAppService, AccountAppService>();
        services.TryAddSingleton<UnknownUserSignIns>();
        services.TryAddScoped<IZoneAppService, ZoneAppService>();
        services.TryAddScoped<IUserAppService, UserAppService>();
        services.TryAddScoped<IRoleAppService, RoleAppService>();
        services.TryAddScoped<IPermissionAppService, PermissionAppService>();
        services.TryAddScoped<IAuditLogAppService, AuditLogAppService>();
        services.TryAddScoped<PersonalDataMasking>();
        services.TryAddScoped<IDashboardAppService, DashboardAppService>();
        services.TryAddScoped<INotificationAppService, NotificationAppService>();
        services.TryAddSingleton<IExcelWorkbook, MiniExcelWorkbook>();
        services.TryAddScoped<ExcelExchange>();
        return services;
    }
}
