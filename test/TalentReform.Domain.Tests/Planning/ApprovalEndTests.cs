using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>One mapping of the engine's ending decisions for every document kind: staffing plans, recruitment plans and pool loans.</summary>
public class ApprovalEndTests
{
    [Theory]
    [InlineData(ApprovalOutcome.Approved, StaffingPlanStatus.Approved)]
    [InlineData(ApprovalOutcome.Rejected, StaffingPlanStatus.Rejected)]
    [InlineData(ApprovalOutcome.Returned, StaffingPlanStatus.Returned)]
    [InlineData(ApprovalOutcome.StepStillOpen, null)]
    [InlineData(ApprovalOutcome.NextStepStarted, null)]
    public void An_ending_decision_maps_to_the_documents_status_and_a_decision_mid_route_to_none(ApprovalOutcome outcome, StaffingPlanStatus? expected) =>
        ApprovalEnd.StatusFor(outcome, StaffingPlanStatus.Approved, StaffingPlanStatus.Rejected, StaffingPlanStatus.Returned).ShouldBe(expected);

    [Fact]
    public void Recruitment_documents_use_the_same_mapping_a_return_going_back_to_draft() =>
        ApprovalEnd.StatusFor(ApprovalOutcome.Returned, Recruitment.RecruitmentPlanStatus.Approved, Recruitment.RecruitmentPlanStatus.Rejected, Recruitment.RecruitmentPlanStatus.Draft)
            .ShouldBe(Recruitment.RecruitmentPlanStatus.Draft);
}
