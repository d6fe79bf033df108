using TalentReform.ApplicationConfiguration;
using TalentReform.Data.Seeding;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Recruitment;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Modules;

/// <summary>
/// The modules of ADR 0009, composed here: each registers its own Domain, Application and EF Core services, and the
/// platform first. A new module adds its own AddXModule and one line in <see cref="AddTalentReformModules"/>.
/// The DbContext and the platform's persistence come from <c>AddTalentReformPersistence</c>.
/// </summary>
public static class ModuleServices
{
    public static IServiceCollection AddTalentReformModules(this IServiceCollection services) => services
        .AddPlatformModule()
        .AddOrganizationModule()
        .AddStaffingModule()
        .AddPlanningModule()
        .AddTalentsModule()
        .AddRecruitmentModule()
        .AddApplicationConfiguration()
        .AddDataSeeding();

    public static IServiceCollection AddPlatformModule(this IServiceCollection services) =>
        services.AddPlatformDomain().AddPlatformApplication();

    public static IServiceCollection AddOrganizationModule(this IServiceCollection services) =>
        services.AddOrganizationDomain().AddOrganizationApplication().AddOrganizationEntityFrameworkCore();

    public static IServiceCollection AddStaffingModule(this IServiceCollection services) =>
        services.AddStaffingDomain().AddStaffingApplication();

    public static IServiceCollection AddPlanningModule(this IServiceCollection services) =>
        services.AddPlanningDomain().AddPlanningApplication().AddPlanningEntityFrameworkCore();

    public static IServiceCollection AddTalentsModule(this IServiceCollection services) =>
        services.AddTalentsDomain().AddTalentsApplication();

    public static IServiceCollection AddRecruitmentModule(this IServiceCollection services) =>
        services.AddRecruitmentDomain().AddRecruitmentApplication().AddRecruitmentPlansApplication().AddRecruitmentHiresApplication()
            .AddRecruitmentEntityFrameworkCore();
}
