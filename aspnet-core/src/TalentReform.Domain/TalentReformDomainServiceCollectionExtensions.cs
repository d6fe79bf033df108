using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data.Seeding;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Recruitment;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform;

/// <summary>
/// The Domain layer of every module, for hosts without the other layers (the migrator, persistence tests). Each module
/// registers its own services (ADR 0009); this only lists the modules.
/// </summary>
public static class TalentReformDomainServiceCollectionExtensions
{
    public static IServiceCollection AddTalentReformDomain(this IServiceCollection services) => services
        .AddPlatformDomain()
        .AddOrganizationDomain()
        .AddStaffingDomain()
        .AddPlanningDomain()
        .AddTalentsDomain()
        .AddRecruitmentDomain()
        .AddDataSeeding();
}
