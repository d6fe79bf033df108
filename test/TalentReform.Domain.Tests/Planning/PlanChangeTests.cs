using TalentReform.Organization;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>Every change type on <see cref="SmallZone"/>: what it does, and what it refuses.</summary>
public class PlanChangeTests
{
    private readonly SmallZone _zone = new();

    [Fact]
    public void CreateUnit_takes_the_next_free_code_and_its_clauses_and_is_refused_under_an_unknown_parent()
    {
        var s = _zone.Structure();
        var id = Guid.NewGuid();
        var clause = Guid.NewGuid();

        Run(s, new CreateUnitChange(id, _zone.Committee.Id, OrgUnitKind.Department, "科创局", "Sci", [new FunctionClause(clause, "科技创新")]));

        var unit = s.Units[id];
        (unit.Code, unit.ParentId, unit.EffectiveFrom).ShouldBe(("0001.0003", _zone.Committee.Id, SmallZone.Effective));
        unit.Functions.ShouldHaveSingleItem().Id.ShouldBe(clause);
        s.Inserted.ShouldContain(unit);
        Refused(s, new CreateUnitChange(Guid.NewGuid(), Guid.NewGuid(), OrgUnitKind.Department, "x", "x", []), TalentReformErrorCodes.PlanUnitNotFound);
    }

    [Fact]
    public void RenameUnit_renames_and_is_refused_for_an_unknown_unit()
    {
        var s = _zone.Structure();
        Run(s, new RenameUnitChange(_zone.Talent.Id, "人才发展局", "Talent Development Bureau", null));
        _zone.Talent.NameZh.ShouldBe("人才发展局");
        s.ReshapedUnits.ShouldContain(_zone.Talent.Id);
        Refused(s, new RenameUnitChange(Guid.NewGuid(), "x", "x", null), TalentReformErrorCodes.PlanUnitNotFound);
    }

    [Fact]
    public void MoveUnit_moves_the_subtree_with_new_codes_and_refuses_a_cycle()
    {
        var s = _zone.Structure();
        Refused(s, new MoveUnitChange(_zone.Talent.Id, _zone.Policy.Id), TalentReformErrorCodes.OrgUnitCannotMoveUnderDescendant);

        Run(s, new MoveUnitChange(_zone.Talent.Id, _zone.Approval.Id));

        (_zone.Talent.Code, _zone.Policy.Code).ShouldBe(("0001.0002.0001", "0001.0002.0001.0001"));
        s.ReshapedUnits.ShouldBe([_zone.Talent.Id, _zone.Policy.Id], ignoreOrder: true);
    }

    [Fact]
    public void MergeUnits_moves_posts_people_clauses_subunits_and_quotas_to_the_survivor_and_abolishes_the_source()
    {
        var s = _zone.Structure();
        var bingSeat = s.PrimaryAppointmentOf(_zone.Bing.Id)!;

        Run(s, new MergeUnitsChange([_zone.Talent.Id], _zone.Committee.Id));

        _zone.Talent.IsAbolished.ShouldBeTrue();
        _zone.Talent.EffectiveTo.ShouldBe(SmallZone.Effective.AddDays(-1));
        (_zone.Policy.ParentId, _zone.Policy.Code).ShouldBe((_zone.Committee.Id, "0001.0003"));
        _zone.BureauHead.OrgUnitId.ShouldBe(_zone.Committee.Id);
        s.ActiveAppointmentOnPost(_zone.BureauHead.Id)!.OrgUnitId.ShouldBe(_zone.Committee.Id);
        _zone.Committee.Functions.Select(f => f.Text).ShouldBe(["办公", "人才政策", "人才服务"]);
        _zone.BureauHead.DutyClauses.ShouldHaveSingleItem().FunctionId.ShouldBe(_zone.Committee.Functions[1].Id);
        s.StaffingQuotas[(_zone.Committee.Id, StaffingType.Administrative)].Approved.ShouldBe(2);
        s.LeadershipQuotas.ContainsKey(_zone.Talent.Id).ShouldBeFalse();
        bingSeat.OrgUnitId.ShouldBe(_zone.Policy.Id);

        // Two heads on a one-head committee: the merge shows the 领导职数 the reform must settle.
        PlanRuleChecker.Check(s).ShouldContain(v => v.Kind == PlanRuleKind.OverLeadershipQuota && v.UnitId == _zone.Committee.Id);
    }

    [Fact]
    public void MergeUnits_refuses_the_survivor_among_the_sources_and_a_merge_into_a_descendant()
    {
        Refused(_zone.Structure(), new MergeUnitsChange([_zone.Talent.Id], _zone.Talent.Id), TalentReformErrorCodes.PlanMergeSurvivorAmongSources);
        var zone = new SmallZone();
        Refused(zone.Structure(), new MergeUnitsChange([zone.Talent.Id], zone.Policy.Id), TalentReformErrorCodes.PlanMergeIntoDescendant);
    }

    [Fact]
    public void AbolishUnit_is_refused_while_the_unit_has_posts_and_returns_its_quotas_when_empty()
    {
        var s = _zone.Structure();
        Refused(s, new AbolishUnitChange(_zone.Approval.Id), TalentReformErrorCodes.OrgUnitHasPosts);

        Run(s, new ReassignPersonChange(_zone.Ding.Id, _zone.PolicyVacant.Id));
        Run(s, new AbolishPostChange(_zone.ApprovalPost.Id));
        Run(s, new AbolishUnitChange(_zone.Approval.Id));

        _zone.Approval.IsAbolished.ShouldBeTrue();
        s.StaffingQuotas.ContainsKey((_zone.Approval.Id, StaffingType.Administrative)).ShouldBeFalse();
        s.Deleted.ShouldContain(_zone.ApprovalPost);
    }

    [Fact]
    public void SetFunctions_keeps_cited_clauses_adds_new_ones_and_refuses_to_drop_a_cited_one()
    {
        var s = _zone.Structure();
        var cited = _zone.Talent.Functions[0];
        var uncited = _zone.Talent.Functions[1];
        Refused(s, new SetFunctionsChange(_zone.Talent.Id, [new FunctionClause(uncited.Id, uncited.Text)]), TalentReformErrorCodes.OrgUnitFunctionCitedByPost);

        var added = Guid.NewGuid();
        Run(s, new SetFunctionsChange(_zone.Talent.Id, [new FunctionClause(cited.Id, cited.Text), new FunctionClause(added, "人才安居")]));

        _zone.Talent.Functions.Select(f => f.Id).ShouldBe([cited.Id, added]);
    }

    [Fact]
    public void Quota_changes_set_or_create_the_quota_and_the_result_is_checked_against_them()
    {
        var s = _zone.Structure();
        Run(s, new SetLeadershipQuotaChange(_zone.Talent.Id, 0, 1));
        Run(s, new SetStaffingQuotaChange(_zone.Approval.Id, StaffingType.Administrative, 0));
        Run(s, new SetStaffingQuotaChange(_zone.Approval.Id, StaffingType.Headcount, 3));

        var violations = PlanRuleChecker.Check(s);
        violations.ShouldContain(v => v.Kind == PlanRuleKind.OverLeadershipQuota && v.UnitId == _zone.Talent.Id);
        violations.ShouldContain(v => v.Kind == PlanRuleKind.OverStaffingQuota && v.UnitId == _zone.Approval.Id);
        violations.ShouldContain(v => v.Kind == PlanRuleKind.OverZoneStaffingTotal);
        s.StaffingQuotas[(_zone.Approval.Id, StaffingType.Headcount)].Approved.ShouldBe(3);
    }

    [Fact]
    public void CreatePost_is_refused_with_a_taken_code_a_clause_of_another_unit_or_a_level_out_of_range()
    {
        var s = _zone.Structure();
        Refused(s, NewPost("S1", _zone.Policy, _zone.Policy.Functions[0].Id), TalentReformErrorCodes.PlanPostCodeTaken);
        Refused(s, NewPost("S3", _zone.Policy, _zone.Talent.Functions[0].Id), TalentReformErrorCodes.PostDutyClauseNotInUnit);
        Refused(s, NewPost("S3", _zone.Policy, _zone.Policy.Functions[0].Id) with { Level = 11 }, TalentReformErrorCodes.PostLevelInvalid);

        var change = NewPost("S3", _zone.Policy, _zone.Policy.Functions[0].Id);
        Run(s, change);
        s.Posts[change.NewPostId].Status.ShouldBe(PostStatus.Vacant);
    }

    [Fact]
    public void AbolishPost_of_a_filled_post_leaves_its_holder_without_a_post_until_the_plan_places_them()
    {
        var s = _zone.Structure();
        Refused(s, new AbolishPostChange(Guid.NewGuid()), TalentReformErrorCodes.PlanPostNotFound);

        Run(s, new AbolishPostChange(_zone.PolicyFilled.Id));
        PlanRuleChecker.Check(s).ShouldContain(v => v.Kind == PlanRuleKind.PersonWithoutPost && v.PersonId == _zone.Bing.Id);

        Run(s, new ReassignPersonChange(_zone.Bing.Id, _zone.PolicyVacant.Id));
        PlanRuleChecker.Check(s).ShouldNotContain(v => v.Kind == PlanRuleKind.PersonWithoutPost);
    }

    [Fact]
    public void MovePost_takes_the_holder_slot_along_and_cites_the_new_unit_clauses()
    {
        var s = _zone.Structure();
        Refused(s, new MovePostChange(_zone.PolicyFilled.Id, _zone.Approval.Id, [_zone.Policy.Functions[0].Id]), TalentReformErrorCodes.PostDutyClauseNotInUnit);

        Run(s, new MovePostChange(_zone.PolicyFilled.Id, _zone.Approval.Id, [_zone.Approval.Functions[0].Id]));

        s.PrimaryAppointmentOf(_zone.Bing.Id)!.OrgUnitId.ShouldBe(_zone.Approval.Id);
        PlanRuleChecker.Check(s).ShouldContain(v => v.Kind == PlanRuleKind.OverStaffingQuota && v.UnitId == _zone.Approval.Id);
    }

    [Fact]
    public void RegradePost_changes_the_grade_and_refuses_an_invalid_level()
    {
        var s = _zone.Structure();
        Refused(s, new RegradePostChange(_zone.PolicyFilled.Id, PostCategory.Skilled, 9, LeadershipRole.None), TalentReformErrorCodes.PostLevelInvalid);
        Run(s, new RegradePostChange(_zone.PolicyFilled.Id, PostCategory.Professional, 7, LeadershipRole.None));
        (_zone.PolicyFilled.Category, _zone.PolicyFilled.Level).ShouldBe((PostCategory.Professional, (int?)7));
    }

    [Fact]
    public void ReassignPerson_ends_the_old_seat_and_refuses_a_filled_target()
    {
        var s = _zone.Structure();
        Refused(s, new ReassignPersonChange(_zone.Bing.Id, _zone.ApprovalPost.Id), TalentReformErrorCodes.PlanPostNotVacant);
        var old = s.PrimaryAppointmentOf(_zone.Bing.Id)!;

        Run(s, new ReassignPersonChange(_zone.Bing.Id, _zone.PolicyVacant.Id));

        (old.EndedOn, old.EndReason).ShouldBe((SmallZone.Effective.AddDays(-1), "调整岗位"));
        _zone.PolicyFilled.Status.ShouldBe(PostStatus.Vacant);
        var seat = s.PrimaryAppointmentOf(_zone.Bing.Id)!;
        (seat.PostId, seat.TermStart).ShouldBe((_zone.PolicyVacant.Id, SmallZone.Effective));
    }

    [Fact]
    public void EndAppointment_is_on_purpose_and_refused_for_someone_without_a_post()
    {
        var s = _zone.Structure();
        Run(s, new EndAppointmentChange(_zone.Ding.Id, "退休"));
        PlanRuleChecker.Check(s).ShouldNotContain(v => v.Kind == PlanRuleKind.PersonWithoutPost);
        Refused(s, new EndAppointmentChange(_zone.Ding.Id, "退休"), TalentReformErrorCodes.PlanPersonHasNoAppointment);
    }

    [Fact]
    public void Changes_round_trip_through_their_stored_json()
    {
        PlanChangeSpec change = new MergeUnitsChange([Guid.NewGuid()], Guid.NewGuid());
        var json = change.ToJson();
        json.ShouldContain("\"type\":\"MergeUnits\"");
        PlanChangeSpec.FromJson(json).ShouldBeOfType<MergeUnitsChange>().SourceUnitIds.ShouldBe(((MergeUnitsChange)change).SourceUnitIds);
    }

    internal static CreatePostChange NewPost(string code, OrgUnit unit, Guid clause) =>
        new(Guid.NewGuid(), unit.Id, code, "科员", "Officer", PostCategory.Management, 8, StaffingType.Administrative, LeadershipRole.None, [clause]);

    private static void Run(ZoneStructure s, PlanChangeSpec change) => change.ApplyTo(s);

    private static void Refused(ZoneStructure s, PlanChangeSpec change, string code) => ((Action)(() => change.ApplyTo(s))).ShouldBeRefusedWith(code);
}
