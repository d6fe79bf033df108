using System.Net;
using TalentReform.Dtos;
using TalentReform.Organization;

namespace TalentReform.Planning;

/// <summary>The leader journey over HTTP: draft, impact, submit, three steps (the last counter-signed), apply, history.</summary>
public class StaffingPlanFlowTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task A_merge_plan_flattens_the_tree_passes_every_step_and_applies_at_once_keeping_the_old_tree_in_history()
    {
        // Arrange: a fourth layer in Dalian (the demo tree has three).
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var (_, child, grandchild) = await hr.CreateChainAsync("大连高新区管理委员会");
        var plan = await hr.CreatePlanAsync("撤并下设机构");

        // Act 1: draft and look at the impact.
        var change = await hr.AddChangeAsync(plan.Id, new { type = "MergeUnits", sourceUnitIds = new[] { grandchild.Id }, unitId = child.Id });
        var impact = await hr.GetJsonAsync<PlanImpactDto>($"{PlanningApi.Plans}/{plan.Id}/impact");

        // Assert 1
        change.Sequence.ShouldBe(1);
        change.Description.ShouldContain("并入");
        (impact.Before.Layers, impact.After.Layers, impact.After.UnitCount).ShouldBe((4, 3, impact.Before.UnitCount - 1));
        impact.Units.Single(u => u.Id == grandchild.Id).Diff.ShouldBe(PlanDiffKind.Removed);
        (impact.CanSubmit, impact.IsStored).ShouldBe((true, false));

        // Act 2: submit, then the route: 编办初审 → 分管领导审核 → 主任办公会审议 (leader and director counter-sign).
        var submitted = await hr.SubmitAsync(plan.Id);
        using var reviewer = await factory.CreateClientAsync(TestData.Users.DalianReviewer);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var director = await factory.CreateClientAsync(TestData.Users.DalianDirector);
        var firstItem = await reviewer.InboxItemAsync(plan.Id);
        await reviewer.ApproveAsync(plan.Id);
        await leader.ApproveAsync(plan.Id);
        var halfSigned = await leader.ApproveAsync(plan.Id);
        var applied = await director.ApproveAsync(plan.Id);

        // Assert 2
        submitted.Status.ShouldBe(StaffingPlanStatus.Submitted);
        (firstItem.Sequence, firstItem.StepCount, firstItem.StepNameZh, firstItem.IsOverdue).ShouldBe((1, 3, "编办初审", false));
        firstItem.RemainingWorkingDays.ShouldBe(3);
        halfSigned.Status.ShouldBe(StaffingPlanStatus.Submitted);
        applied.Status.ShouldBe(StaffingPlanStatus.Applied);
        applied.Steps.Select(s => s.Status).ShouldAllBe(s => s == ApprovalStepStatus.Approved);
        applied.Decisions.Select(d => d.UserName).ShouldBe(["大连编办审核员", "大连分管领导", "大连分管领导", "大连管委会主任"]);
        applied.Decisions.ShouldAllBe(d => d.OnTime);
        (await hr.GetJsonAsync<PlanImpactDto>($"{PlanningApi.Plans}/{plan.Id}/impact")).IsStored.ShouldBeTrue();

        var today = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree");
        var yesterday = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>(
            $"{OrganizationApi.Units}/tree?asOf={PlanningApi.TodayInChina.AddDays(-1):yyyy-MM-dd}");
        today.Items.Flatten().ShouldNotContain(u => u.Id == grandchild.Id);
        yesterday.Items.Flatten().Single(u => u.Id == grandchild.Id).ParentId.ShouldBe(child.Id);
        (await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{child.Id}")).Functions.Select(f => f.Text).ShouldBe(["承办", "落实"]);

        // The drafter heard of every step's outcome; the approvers got their work items.
        var notices = await hr.GetJsonAsync<PagedResultDto<Notifications.NotificationDto>>(PlanningApi.Notifications);
        notices.Items.ShouldContain(n => n.Kind == Notifications.NotificationKind.PlanApplied && n.DocumentId == plan.Id);
        var reviewerNotices = await reviewer.GetJsonAsync<PagedResultDto<Notifications.NotificationDto>>(PlanningApi.Notifications);
        reviewerNotices.Items.ShouldContain(n => n.Kind == Notifications.NotificationKind.StepAssigned && n.DocumentId == plan.Id && n.Message.Contains("撤并下设机构"));
    }

    [Fact]
    public async Task A_plan_changed_underneath_after_submission_is_not_applied_and_says_what_changed()
    {
        // Arrange: a rename plan, and an HR officer who renames the same unit directly while it is in approval.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), (await hr.DemoUnitAsync("经济发展局")).Id, "统计");
        var plan = await hr.CreatePlanAsync("单位更名");
        await hr.AddChangeAsync(plan.Id, new { type = "RenameUnit", unitId = unit.Id, nameZh = "统计分析科", nameEn = "Statistics Section" });
        await hr.SubmitAsync(plan.Id);
        using var reviewer = await factory.CreateClientAsync(TestData.Users.DalianReviewer);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var director = await factory.CreateClientAsync(TestData.Users.DalianDirector);
        await reviewer.ApproveAsync(plan.Id);
        await leader.ApproveAsync(plan.Id);
        await leader.ApproveAsync(plan.Id);
        var current = await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{unit.Id}");
        using (var edit = await hr.PutJsonAsync($"{OrganizationApi.Units}/{unit.Id}", new
        {
            kind = current.Kind, nameZh = "综合统计科", nameEn = current.NameEn, sortOrder = 0, effectiveFrom = current.EffectiveFrom,
            functions = current.Functions.Select(f => new { f.Id, f.Text }), concurrencyStamp = current.ConcurrencyStamp,
        }))
        {
            await edit.ShouldSucceedAsync();
        }

        // Act: the last approval tries to apply at once; then HR tries again by hand.
        var approved = await director.ApproveAsync(plan.Id);
        using var retry = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/apply", new { });

        // Assert
        approved.Status.ShouldBe(StaffingPlanStatus.Approved);
        approved.ApplyFailure.ShouldNotBeNull().ShouldContain(current.NameZh);
        (await retry.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.PlanBaseChanged)).Detail!.ShouldContain("已被修改");
        (await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{unit.Id}")).NameZh.ShouldBe("综合统计科");
        var notices = await hr.GetJsonAsync<PagedResultDto<Notifications.NotificationDto>>($"{PlanningApi.Notifications}?unreadOnly=true");
        notices.Items.ShouldContain(n => n.Kind == Notifications.NotificationKind.PlanApplyFailed && n.DocumentId == plan.Id);
    }

    [Fact]
    public async Task A_return_sends_the_plan_back_for_revision_and_the_resubmission_starts_a_new_round()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), (await hr.DemoUnitAsync("科技创新局")).Id, "服务");
        var plan = await hr.CreatePlanAsync("职能调整", PlanningApi.TodayInChina.AddYears(1));
        await hr.AddChangeAsync(plan.Id, new { type = "SetFunctions", unitId = unit.Id, functions = new object[] { new { text = "服务" }, new { text = "孵化" } } });
        await hr.SubmitAsync(plan.Id);
        using var reviewer = await factory.CreateClientAsync(TestData.Users.DalianReviewer);
        var item = await reviewer.InboxItemAsync(plan.Id);

        using var noComment = await reviewer.PostJsonAsync($"{PlanningApi.Approvals}/{item.StepId}/decide", new { decision = "Return" });
        using var returned = await reviewer.PostJsonAsync($"{PlanningApi.Approvals}/{item.StepId}/decide", new { decision = "Return", comment = "请补充岗位" });
        var afterReturn = await returned.ShouldSucceedAsync<StaffingPlanDto>();
        await hr.AddChangeAsync(plan.Id, new { type = "RenameUnit", unitId = unit.Id, nameZh = TestData.UniqueName("孵化科"), nameEn = "Incubation" });
        var resubmitted = await hr.SubmitAsync(plan.Id);

        await noComment.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalCommentRequired);
        (afterReturn.Status, afterReturn.IsEditable).ShouldBe((StaffingPlanStatus.Returned, true));
        afterReturn.Decisions.ShouldHaveSingleItem().Comment.ShouldBe("请补充岗位");
        (resubmitted.Round, resubmitted.Steps.Count, resubmitted.Status).ShouldBe((2, 6, StaffingPlanStatus.Submitted));
        resubmitted.Steps.Where(s => s.Round == 1).Select(s => s.Status).ShouldBe([ApprovalStepStatus.Returned, ApprovalStepStatus.Cancelled, ApprovalStepStatus.Cancelled]);

        // The list shows the new round's pending step, not the returned one of round 1 (both read as stored).
        var stored = await hr.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}");
        var pending = stored.Steps.Single(s => s.Round == 2 && s.Status == ApprovalStepStatus.Pending);
        var listed = (await hr.GetJsonAsync<PagedResultDto<StaffingPlanListItemDto>>($"{PlanningApi.Plans}?filter={resubmitted.Number}")).Items.ShouldHaveSingleItem();
        (listed.Id, listed.Status, listed.ChangeCount, listed.SubmittedAt).ShouldBe((plan.Id, StaffingPlanStatus.Submitted, 2, stored.SubmittedAt));
        (listed.CurrentStepNameZh, listed.CurrentStepNameEn, listed.CurrentStepDueAt).ShouldBe((pending.NameZh, pending.NameEn, pending.DueAt));
    }
}
