using System.Reflection;
using NetArchTest.Rules;
using Shouldly;
using Xunit;

namespace TalentReform.ArchitectureTests;

/// <summary>
/// Domain.Shared ← Domain, Application.Contracts; Application → Domain + Contracts; EF Core → Domain;
/// HttpApi → Contracts only. Our modules share namespaces across layers (TalentReform.Zones lives in
/// every layer), so layers are told apart by assembly: the compiler only references an assembly
/// that the code actually uses. Third-party frameworks are told apart by namespace (NetArchTest).
/// </summary>
public class LayerDependencyTests
{
    public static TheoryData<string, string> ForbiddenLayerReferences => new()
    {
        { Layers.Name(Layers.DomainShared), Layers.Name(Layers.Domain) },
        { Layers.Name(Layers.DomainShared), Layers.Name(Layers.ApplicationContracts) },
        { Layers.Name(Layers.Domain), Layers.Name(Layers.ApplicationContracts) },
        { Layers.Name(Layers.Domain), Layers.Name(Layers.Application) },
        { Layers.Name(Layers.Domain), Layers.Name(Layers.EntityFrameworkCore) },
        { Layers.Name(Layers.ApplicationContracts), Layers.Name(Layers.Domain) },
        { Layers.Name(Layers.ApplicationContracts), Layers.Name(Layers.Application) },
        { Layers.Name(Layers.Application), Layers.Name(Layers.EntityFrameworkCore) },
        { Layers.Name(Layers.Application), Layers.Name(Layers.HttpApi) },
        { Layers.Name(Layers.EntityFrameworkCore), Layers.Name(Layers.Application) },
        { Layers.Name(Layers.EntityFrameworkCore), Layers.Name(Layers.ApplicationContracts) },
        { Layers.Name(Layers.EntityFrameworkCore), Layers.Name(Layers.HttpApi) },
        { Layers.Name(Layers.HttpApi), Layers.Name(Layers.Domain) },
        { Layers.Name(Layers.HttpApi), Layers.Name(Layers.Application) },
        { Layers.Name(Layers.HttpApi), Layers.Name(Layers.EntityFrameworkCore) },
    };

    public static TheoryData<string, string> ForbiddenFrameworks => new()
    {
        { Layers.Name(Layers.DomainShared), "Microsoft.AspNetCore" },
        { Layers.Name(Layers.Domain), "Microsoft.EntityFrameworkCore" },
        { Layers.Name(Layers.Domain), "Microsoft.AspNetCore.Mvc" },
        { Layers.Name(Layers.Domain), "Microsoft.AspNetCore.Http" },
        { Layers.Name(Layers.ApplicationContracts), "Microsoft.EntityFrameworkCore" },
        { Layers.Name(Layers.Application), "Microsoft.EntityFrameworkCore" },
        { Layers.Name(Layers.Application), "Microsoft.AspNetCore.Mvc" },
        { Layers.Name(Layers.Application), "Microsoft.AspNetCore.Http" },
        { Layers.Name(Layers.HttpApi), "Microsoft.EntityFrameworkCore" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenLayerReferences))]
    public void Layer_does_not_use_a_forbidden_layer(string layer, string forbidden)
    {
        var referenced = Assembly.Load(layer).GetReferencedAssemblies().Select(a => a.Name).ToList();

        referenced.ShouldNotContain(forbidden, $"{layer} must not use {forbidden}");
    }

    [Theory]
    [MemberData(nameof(ForbiddenFrameworks))]
    public void Layer_does_not_use_a_forbidden_framework(string layer, string forbiddenNamespace)
    {
        var result = Types.InAssembly(Assembly.Load(layer)).ShouldNot().HaveDependencyOn(forbiddenNamespace).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{layer} must not use {forbiddenNamespace}");
    }

    [Fact]
    public void The_checks_detect_real_dependencies()
    {
        // Guards the rules themselves (a check that cannot fail proves nothing): EF Core does use the
        // Domain assembly and the EF Core framework, so both checks must report it.
        Layers.EntityFrameworkCore.GetReferencedAssemblies().Select(a => a.Name).ShouldContain(Layers.Name(Layers.Domain));
        Types.InAssembly(Layers.EntityFrameworkCore).ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult()
            .IsSuccessful.ShouldBeFalse();
    }
}
