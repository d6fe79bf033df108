using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;
using Shouldly;
using TalentReform.Entities;
using Xunit;

namespace TalentReform.ArchitectureTests;

public class ConventionTests
{
    [Fact]
    public void Aggregates_have_no_public_setters_except_the_concurrency_stamp()
    {
        var offenders = Types.InAssembly(Layers.Domain).That().Inherit(typeof(AggregateRoot)).GetTypes()
            .SelectMany(t => t.GetProperties())
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name != nameof(AggregateRoot.ConcurrencyStamp))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Controllers_live_in_HttpApi_and_are_named_after_their_entity()
    {
        var controllers = Types.InAssembly(Layers.HttpApi).That().Inherit(typeof(ControllerBase)).GetTypes().ToList();

        controllers.ShouldNotBeEmpty();
        controllers.ShouldAllBe(t => t.Name.EndsWith("Controller"));
    }

    [Fact]
    public void App_services_implement_a_contract_interface()
    {
        var services = Types.InAssembly(Layers.Application).That().HaveNameEndingWith("AppService").GetTypes().ToList();

        services.ShouldNotBeEmpty();
        foreach (var service in services)
        {
            service.GetInterfaces().ShouldContain(i => i.Assembly == Layers.ApplicationContracts && i.Name == "I" + service.Name, service.Name);
        }
    }
}
