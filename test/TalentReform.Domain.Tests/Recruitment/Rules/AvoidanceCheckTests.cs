namespace TalentReform.Recruitment;

/// <summary>回避 matrix (人社部规〔2019〕1号): leader of the unit × sensitive function, direct line, same unit, other unit; examiners.</summary>
public class AvoidanceCheckTests
{
    private static readonly Guid PostUnit = Guid.NewGuid();
    private static readonly Guid OtherUnit = Guid.NewGuid();

    [Theory]
    // The relative leads the post's unit and the post is in one of the four functions: refused, whatever the relation
    [InlineData(KinshipRelation.Spouse, true, true, false, PostFunctionArea.Finance, AvoidanceReason.RelativeLeadsUnitSensitivePost)]
    [InlineData(KinshipRelation.LinealBloodRelative, true, true, false, PostFunctionArea.OrganizationPersonnel, AvoidanceReason.RelativeLeadsUnitSensitivePost)]
    [InlineData(KinshipRelation.CollateralBloodRelative, true, true, false, PostFunctionArea.DisciplineInspection, AvoidanceReason.RelativeLeadsUnitSensitivePost)]
    [InlineData(KinshipRelation.CloseAffinalRelative, true, true, false, PostFunctionArea.Audit, AvoidanceReason.RelativeLeadsUnitSensitivePost)]
    // A direct superior–subordinate line: refused, in the same unit or across units, whatever the function
    [InlineData(KinshipRelation.LinealBloodRelative, true, false, true, PostFunctionArea.Other, AvoidanceReason.DirectSuperiorSubordinate)]
    [InlineData(KinshipRelation.CollateralBloodRelative, false, false, true, PostFunctionArea.Other, AvoidanceReason.DirectSuperiorSubordinate)]
    [InlineData(KinshipRelation.Spouse, true, true, true, PostFunctionArea.Other, AvoidanceReason.DirectSuperiorSubordinate)]
    // Same unit otherwise: flagged for HR (the leader with an ordinary post; a non-leader with a finance post)
    [InlineData(KinshipRelation.Spouse, true, true, false, PostFunctionArea.Other, AvoidanceReason.SameUnit)]
    [InlineData(KinshipRelation.CloseAffinalRelative, true, false, false, PostFunctionArea.Finance, AvoidanceReason.SameUnit)]
    public void Each_constellation_gives_its_finding(KinshipRelation relation, bool sameUnit, bool leadsUnit, bool directLine,
        PostFunctionArea area, AvoidanceReason expected)
    {
        var result = AvoidanceCheck.Check(new AvoidancePost(PostUnit, area), [Relative(relation, sameUnit, leadsUnit, directLine)]);

        result.Findings.Single().Reason.ShouldBe(expected);
        result.Refused.ShouldBe(expected != AvoidanceReason.SameUnit);
        result.FlaggedForReview.ShouldBe(expected == AvoidanceReason.SameUnit);
    }

    [Theory]
    // Leading another unit, or working in another unit, with no direct line: nothing to avoid
    [InlineData(true, PostFunctionArea.Finance)]
    [InlineData(false, PostFunctionArea.OrganizationPersonnel)]
    public void A_relative_in_another_unit_without_a_direct_line_does_not_matter(bool leadsUnit, PostFunctionArea area)
    {
        var result = AvoidanceCheck.Check(new AvoidancePost(PostUnit, area), [Relative(KinshipRelation.Spouse, false, leadsUnit, false)]);

        result.Findings.ShouldBeEmpty();
        result.Refused.ShouldBeFalse();
        Should.NotThrow(result.EnsureNotRefused);
    }

    [Fact]
    public void A_refusal_among_several_relatives_names_the_refusing_one()
    {
        var flagged = Relative(KinshipRelation.CollateralBloodRelative, true, false, false) with { Name = "李四" };
        var refusing = Relative(KinshipRelation.Spouse, true, true, false) with { Name = "王五" };

        var result = AvoidanceCheck.Check(new AvoidancePost(PostUnit, PostFunctionArea.Audit), [flagged, refusing]);

        result.Refused.ShouldBeTrue();
        result.FlaggedForReview.ShouldBeTrue();
        var exception = new Action(result.EnsureNotRefused).ShouldBeRefusedWith(TalentReformErrorCodes.AvoidanceApplicationRefused);
        exception.Message("zh-Hans").ShouldContain("王五");
        exception.Message("zh-Hans").ShouldContain("夫妻关系");
        exception.Message("en").ShouldContain("audit");
    }

    [Fact]
    public void A_related_examiner_recuses_for_that_candidate_only()
    {
        Guid x = Guid.NewGuid(), y = Guid.NewGuid(), z = Guid.NewGuid(), candidate = Guid.NewGuid(), other = Guid.NewGuid();
        ExaminerRelation[] relations = [new(x, candidate, KinshipRelation.CollateralBloodRelative), new(z, other, KinshipRelation.Spouse)];

        ExaminerRecusal.MustRecuse([x, y, z], candidate, relations).ShouldBe([x]);
        ExaminerRecusal.MustRecuse([x, y, z], other, relations).ShouldBe([z]);
        Should.NotThrow(() => ExaminerRecusal.EnsureMayScore(y, candidate, relations));
        Should.NotThrow(() => ExaminerRecusal.EnsureMayScore(x, other, relations));
        new Action(() => ExaminerRecusal.EnsureMayScore(x, candidate, relations))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ExaminerMustRecuse)
            .Message("zh-Hans").ShouldContain("三代以内旁系血亲");
    }

    [Fact]
    public void A_relative_the_candidate_declared_as_an_examiner_recuses_too()
    {
        Guid examiner = Guid.NewGuid(), candidate = Guid.NewGuid();
        AvoidanceRelative[] declared =
        [
            new("赵六", KinshipRelation.CloseAffinalRelative, OtherUnit, false, false, examiner),
            new("钱七", KinshipRelation.Spouse, PostUnit, false, false), // not a known person: no examiner match possible
        ];

        var relations = ExaminerRecusal.DeclaredByCandidate(candidate, declared).ToList();

        relations.ShouldBe([new ExaminerRelation(examiner, candidate, KinshipRelation.CloseAffinalRelative)]);
        ExaminerRecusal.MustRecuse([Guid.NewGuid(), examiner], candidate, relations).ShouldBe([examiner]);
    }

    private static AvoidanceRelative Relative(KinshipRelation relation, bool sameUnit, bool leadsUnit, bool directLine) =>
        new("张三", relation, sameUnit ? PostUnit : OtherUnit, leadsUnit, directLine);
}
