using Microsoft.Extensions.DependencyInjection;
using TalentReform.ApplicationConfiguration;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Recruitment;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform;

/// <summary>
/// The Domain and Application layers of every module, for hosts without HTTP (benchmarks, application tests). Each
/// module registers its own services (ADR 0009); this only lists the modules.
/// </summary>
public static class TalentReformApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddTalentReformApplication(this IServiceCollection services) => services
        .AddTalentReformDomain()
        .AddPlatformApplication()
        .AddOrganizationApplication()
        .AddStaffingApplication()
        .AddPlanningApplication()
        .AddTalentsApplication()
        .AddRecruitmentApplication()
        .AddRecruitmentPlansApplication()
        .AddRecruitmentHiresApplication()
        .AddApplicationConfiguration();
}
