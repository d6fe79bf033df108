using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;
using Shouldly;
using TalentReform.Modules;
using Xunit;

namespace TalentReform.ArchitectureTests.Modules;

/// <summary>Each module registers its own services, and only its own (ADR 0009): the host's list names modules, not services.</summary>
public class ModuleRegistrationTests
{
    public static TheoryData<string> ModuleNames => new(ModuleGraph.Modules.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_registers_only_its_own_implementations(string module)
    {
        var foreign = Registered(module)
            .Select(d => d.ImplementationType)
            .Where(t => t is not null && ModuleGraph.AreaOf(t.Namespace) is { } area && area.Name != module)
            .Select(t => t!.FullName)
            .ToList();

        foreign.ShouldBeEmpty($"Add{module}Module() registers other modules' services");
    }

    [Fact]
    public void Every_app_service_domain_service_query_and_repository_is_registered_by_its_own_module()
    {
        var services = Types.InAssemblies(Layers.All).That().AreClasses().And().AreNotAbstract().GetTypes()
            .Where(t => t.Name.EndsWith("AppService", StringComparison.Ordinal) || t.Name.EndsWith("Manager", StringComparison.Ordinal)
                || t.Name.EndsWith("Queries", StringComparison.Ordinal) || t.Name.EndsWith("Repository", StringComparison.Ordinal))
            .Where(t => ModuleGraph.AreaOf(t.Namespace) is { Kind: AreaKind.Module })
            .ToList();
        services.Count.ShouldBeGreaterThan(30, "the modules' services were not found: the check would pass on nothing");

        var missing = services
            .Where(t => Registered(ModuleGraph.AreaOf(t.Namespace)!.Name).All(d => d.ImplementationType != t))
            .Select(t => t.FullName)
            .ToList();

        missing.ShouldBeEmpty("not registered by their module's AddXModule()");
    }

    [Fact]
    public void The_check_sees_a_service_registered_by_the_wrong_module()
    {
        // A rule that cannot fail proves nothing: Staffing's own registration is clean, plus a Planning service is not.
        var services = Registered("Staffing");
        services.AddScoped<Planning.PlanApplier>();

        services.Select(d => d.ImplementationType).Where(t => t is not null && ModuleGraph.AreaOf(t.Namespace)?.Name is not "Staffing")
            .ShouldBe([typeof(Planning.PlanApplier)]);
    }

    private static IServiceCollection Registered(string module)
    {
        var services = new ServiceCollection();
        return module switch
        {
            "Organization" => services.AddOrganizationModule(),
            "Staffing" => services.AddStaffingModule(),
            "Planning" => services.AddPlanningModule(),
            "Talents" => services.AddTalentsModule(),
            "Recruitment" => services.AddRecruitmentModule(),
            _ => throw new ArgumentOutOfRangeException(nameof(module), module, "a module without an AddXModule() in the host"),
        };
    }
}
