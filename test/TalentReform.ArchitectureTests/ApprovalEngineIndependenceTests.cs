using NetArchTest.Rules;
using Shouldly;
using Xunit;

namespace TalentReform.ArchitectureTests;

/// <summary>
/// The approval engine (Planning.Approval) serves every kind of document, so it must not know any kind: not the
/// staffing plan (its type, status, manager) nor the plan's changes and impact. A kind plugs in through
/// <c>IApprovableDocument</c>; recruitment plans will sit above Planning and must be reachable without Planning knowing them.
/// </summary>
public class ApprovalEngineIndependenceTests
{
    private static readonly string[] DocumentKinds =
        ["TalentReform.Planning.StaffingPlan", "TalentReform.Planning.Changes", "TalentReform.Planning.Impact", "TalentReform.Planning.PlanApplier"];

    [Fact]
    public void The_approval_engine_knows_no_kind_of_document()
    {
        var result = Types.InAssembly(Layers.Domain).That().ResideInNamespace("TalentReform.Planning.Approval")
            .ShouldNot().HaveDependencyOnAny(DocumentKinds).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void The_rule_detects_a_document_kind_dependency()
    {
        // The demo seeder drives staffing plans through the engine, so the same rule must report it.
        Types.InAssembly(Layers.Domain).That().ResideInNamespace("TalentReform.Data.Seeding.Demo")
            .ShouldNot().HaveDependencyOnAny(DocumentKinds).GetResult()
            .IsSuccessful.ShouldBeFalse();
    }
}
