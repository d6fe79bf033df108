using TalentReform.Organization;

namespace TalentReform.Planning;

/// <summary>A submitted plan is an official record: its texts read as they were submitted, whatever happened to the names since.</summary>
public class PlanRecordTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task An_applied_merge_then_rename_plan_still_reads_the_names_each_change_referred_to()
    {
        // Arrange: 人才认定科 and 人才政策科 under one bureau; a plan merges the first into the second, then renames the survivor.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var bureau = await hr.CreateUnitAsync(TestData.UniqueName("人才局"), (await hr.DemoUnitAsync("大连高新区管理委员会")).Id, "人才工作");
        var recognition = await hr.CreateUnitAsync(TestData.UniqueName("人才认定科"), bureau.Id, "人才认定");
        var policy = await hr.CreateUnitAsync(TestData.UniqueName("人才政策科"), bureau.Id, "人才政策");
        var merged = TestData.UniqueName("人才政策与认定科");
        var plan = await hr.CreatePlanAsync("人才科室整合");
        await hr.AddChangeAsync(plan.Id, new { type = "MergeUnits", sourceUnitIds = new[] { recognition.Id }, unitId = policy.Id });
        await hr.AddChangeAsync(plan.Id, new { type = "RenameUnit", unitId = policy.Id, nameZh = merged, nameEn = "Talent Policy and Recognition Section" });
        var draft = await hr.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}");

        // Act: submit, approve along the route (the last approval applies it), then rename the unit once more directly.
        await hr.SubmitAsync(plan.Id);
        var applied = await factory.ApproveAlongDalianRouteAsync(plan.Id);
        var unit = await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{policy.Id}");
        using (var edit = await hr.PutJsonAsync($"{OrganizationApi.Units}/{policy.Id}", new
        {
            kind = unit.Kind, nameZh = TestData.UniqueName("人才发展科"), nameEn = unit.NameEn, sortOrder = 0, effectiveFrom = unit.EffectiveFrom,
            functions = unit.Functions.Select(f => new { f.Id, f.Text }), concurrencyStamp = unit.ConcurrencyStamp,
        }))
        {
            await edit.ShouldSucceedAsync();
        }

        var record = await hr.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}");
        var changes = await hr.GetJsonAsync<List<PlanChangeDto>>($"{PlanningApi.Plans}/{plan.Id}/changes");

        // Assert: the draft, the applied plan and the record read the same sentences as were submitted.
        string[] expected = [$"{recognition.NameZh} 并入 {policy.NameZh}", $"{policy.NameZh} 更名为 {merged}"];
        draft.Changes.Select(c => c.Description).ShouldBe(expected);
        applied.Status.ShouldBe(StaffingPlanStatus.Applied);
        applied.Changes.Select(c => c.Description).ShouldBe(expected);
        record.Changes.Select(c => c.Description).ShouldBe(expected);
        changes.Select(c => c.Description).ShouldBe(expected);
    }
}
