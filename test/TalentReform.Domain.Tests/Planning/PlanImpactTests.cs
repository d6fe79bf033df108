using System.Globalization;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>The impact report against figures worked out by hand on <see cref="SmallZone"/>.</summary>
public class PlanImpactTests
{
    private readonly SmallZone _zone = new();

    [Fact]
    public async Task Merging_the_section_into_its_bureau_gives_the_hand_computed_before_and_after_figures()
    {
        var report = (await Calculate(new MergeUnitsChange([_zone.Policy.Id], _zone.Talent.Id))).Report;

        // Before: 4 units over 3 layers; spans 2 (committee) and 1 (bureau); 4 staff; 5 posts, 2 of them leadership; 行政 5 approved, 4 taken.
        var b = report.Before;
        (b.Layers, b.UnitCount, b.AverageSpan, b.MaxSpan, b.StaffCount, b.UnitsPer100Staff, b.PostCount, b.LeadershipPostCount, b.LeadershipShare)
            .ShouldBe((3, 4, 1.5, 2, 4, 100.0, 5, 2, 0.4));
        b.QuotaUsage.ShouldHaveSingleItem().ShouldBe(new QuotaUsage(StaffingType.Administrative, 5, 4));

        // After: 3 units over 2 layers; one span of 2; 3 units per 4 staff = 75 per 100; posts, people and slots unchanged.
        var a = report.After;
        (a.Layers, a.UnitCount, a.AverageSpan, a.MaxSpan, a.StaffCount, a.UnitsPer100Staff, a.PostCount, a.LeadershipPostCount, a.LeadershipShare)
            .ShouldBe((2, 3, 2.0, 2, 4, 75.0, 5, 2, 0.4));
        a.QuotaUsage.ShouldHaveSingleItem().ShouldBe(new QuotaUsage(StaffingType.Administrative, 5, 4));

        report.Units.Single(u => u.Id == _zone.Policy.Id).Diff.ShouldBe(PlanDiffKind.Removed);
        var bureau = report.Units.Single(u => u.Id == _zone.Talent.Id);
        (bureau.Diff, bureau.PostCountBefore, bureau.PostCountAfter).ShouldBe((PlanDiffKind.Changed, 1, 3));
        report.Posts.Select(p => (p.Code, p.Diff)).ShouldBe([("S1", PlanDiffKind.Moved), ("S2", PlanDiffKind.Moved)]);
        report.Persons.ShouldBeEmpty();
        report.Violations.ShouldBeEmpty();
        report.CanSubmit.ShouldBeTrue();
    }

    [Fact]
    public async Task A_breach_is_pinned_on_the_change_after_which_it_appeared_and_a_later_fix_clears_it()
    {
        var (report, versions) = await Calculate(
            new SetStaffingQuotaChange(_zone.Approval.Id, StaffingType.Administrative, 0),
            new SetLeadershipQuotaChange(_zone.Talent.Id, 0, 1),
            new SetLeadershipQuotaChange(_zone.Talent.Id, 1, 1));

        var breach = report.Violations.ShouldHaveSingleItem();
        (breach.Kind, breach.IsNew, breach.CausedBy, breach.UnitId).ShouldBe((PlanRuleKind.OverStaffingQuota, true, (int?)1, (Guid?)_zone.Approval.Id));
        PlanViolationText.Of(breach).ToString(null, CultureInfo.GetCultureInfo("zh-Hans")).ShouldBe("审批局的行政编制核定 0 名，实有 1 人，超编 1 人。");
        report.BlockingViolations.Count.ShouldBe(1);
        report.CanSubmit.ShouldBeFalse();
        versions.Select(v => v.Kind).ShouldBe([BaseVersionKind.OrgUnit, BaseVersionKind.StaffingQuota, BaseVersionKind.OrgUnit, BaseVersionKind.LeadershipQuota], ignoreOrder: true);
    }

    [Fact]
    public async Task A_refused_change_is_reported_with_its_number_and_reason_in_both_languages()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => Calculate(
            new RenameUnitChange(_zone.Talent.Id, "人才发展局", "Talent Development Bureau", null),
            new AbolishUnitChange(_zone.Approval.Id)));

        exception.Code.ShouldBe(TalentReformErrorCodes.PlanChangeRefused);
        exception.Message("zh-Hans").ShouldStartWith("第 2 项变更（撤销单位）无法执行：");
        exception.Message("zh-Hans").ShouldContain("审批局");
        exception.Message("en").ShouldStartWith("Change 2 (abolish unit) cannot be applied: ");
    }

    private Task<PlanImpactResult> Calculate(params PlanChangeSpec[] changes) =>
        new PlanImpactCalculator(new FakeStructureSource(_zone), TimeProvider.System).CalculateAsync(SmallZone.ZoneId, SmallZone.Effective, changes);

    private sealed class FakeStructureSource(SmallZone zone) : IZoneStructureSource
    {
        public Task<ZoneStructure> LoadAsync(Guid zoneId, DateOnly effectiveDate, bool tracked, CancellationToken cancellationToken = default) =>
            Task.FromResult(zone.Structure());
    }
}
