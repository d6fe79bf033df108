using Shouldly;
using TalentReform.ArchitectureTests.Violations.Planning;
using TalentReform.ArchitectureTests.Violations.Staffing;
using TalentReform.ArchitectureTests.Violations.Zones;
using Xunit;

namespace TalentReform.ArchitectureTests.Modules;

/// <summary>
/// A rule that cannot fail proves nothing: each module rule runs over the deliberate violations in
/// Violations/DeliberateViolations.cs (namespaces below <see cref="Root"/> stand for the areas) and must name them.
/// </summary>
public class ModuleRuleSelfChecks
{
    private const string Root = "TalentReform.ArchitectureTests.Violations";
    private static readonly System.Reflection.Assembly[] Violations = [typeof(ModuleRuleSelfChecks).Assembly];

    [Fact]
    public void An_undeclared_namespace_is_reported() =>
        ModuleRules.UndeclaredNamespaces(Violations, Root).ShouldBe([Root + ".Unplaced"]);

    [Fact]
    public void A_dependency_against_the_arrows_is_reported() =>
        ModuleRules.ModuleDependencies(Violations, Root).ShouldBe([$"{typeof(UsesPlanning).FullName} (Staffing) uses Planning"]);

    [Fact]
    public void A_platform_type_using_a_module_is_reported() =>
        ModuleRules.PlatformDependencies(Violations, Root).ShouldBe([$"{typeof(UsesStaffing).FullName} (Zones) uses Staffing"]);

    [Fact]
    public void Another_modules_repository_and_dbsets_are_reported()
    {
        var reader = typeof(ReadsStaffingTables).FullName;

        ModuleRules.ForeignTables(Violations, Root).ShouldBe(
        [
            $"{reader} (Planning) reads Staffing's table through the DbContext's Person set",
            $"{reader} (Planning) reads Staffing's table through the DbContext's Post set",
            $"{reader} (Planning) uses Staffing's repository IRepository<Post>",
        ]);
    }

    [Fact]
    public void Another_modules_internal_member_is_reported() =>
        ModuleRules.ForeignInternals(Violations, Root).ShouldBe([$"{typeof(CallsInternal).FullName} (Planning) calls Staffing's internal Secret.Peek"]);
}
