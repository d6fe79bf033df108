using Shouldly;
using Xunit;

namespace TalentReform.ArchitectureTests.Modules;

/// <summary>The module graph of ADR 0009 holds in every layer assembly (kgrzybek's ModuleTests, per namespace).</summary>
public class ModuleBoundaryTests
{
    [Fact]
    public void Every_namespace_is_a_declared_module_or_platform_area() =>
        Report(ModuleRules.UndeclaredNamespaces(Layers.All), "namespaces missing from ModuleGraph");

    [Fact]
    public void A_module_depends_only_on_the_modules_it_may_use() =>
        Report(ModuleRules.ModuleDependencies(Layers.All), "module dependencies against the graph");

    [Fact]
    public void The_platform_depends_on_no_business_module() =>
        Report(ModuleRules.PlatformDependencies(Layers.All), "platform types using a module");

    [Fact]
    public void No_module_reads_another_modules_tables() =>
        Report(ModuleRules.ForeignTables(Layers.All), "reads of another module's tables");

    [Fact]
    public void No_module_calls_another_modules_internals() =>
        Report(ModuleRules.ForeignInternals(Layers.All), "calls of another module's internal members");

    [Fact]
    public void The_graph_allows_the_transitive_closure_of_its_arrows()
    {
        ModuleGraph.Allowed("Planning").ShouldBe(["Planning", "Staffing", "Organization"], ignoreOrder: true);
        ModuleGraph.Allowed("Talents").ShouldBe(["Talents", "Staffing", "Organization"], ignoreOrder: true);
        ModuleGraph.Allowed("Organization").ShouldBe(["Organization"]);
    }

    private static void Report(IReadOnlyList<string> violations, string what) =>
        violations.ShouldBeEmpty($"{violations.Count} {what}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
}
