using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// Applied plans: the record reads as submitted, whatever happened to the names since, and the apply keeps the
/// database's rules (one active primary appointment per person) while it moves people.
/// </summary>
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

    [Fact]
    public async Task An_applied_reassignment_ends_the_old_primary_appointment_and_starts_the_new_one()
    {
        // Arrange: a person on a post, and a vacant post in the same unit.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Administrative, 1000);
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), (await hr.DemoUnitAsync("经济发展局")).Id, "统计");
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Administrative, 2);
        var (from, to) = (await hr.CreatePostAsync(unit.Id), await hr.CreatePostAsync(unit.Id));
        var person = await hr.CreatePersonAsync(TestData.UniqueName("人"));
        using (var appointed = await hr.AppointAsync(person.Id, from.Id))
        {
            await appointed.ShouldSucceedAsync();
        }

        var plan = await hr.CreatePlanAsync("人员调岗");
        await hr.AddChangeAsync(plan.Id, new { type = "ReassignPerson", personId = person.Id, targetPostId = to.Id });

        // Act
        await hr.SubmitAsync(plan.Id);
        var applied = await factory.ApproveAlongDalianRouteAsync(plan.Id);

        // Assert
        applied.Status.ShouldBe(StaffingPlanStatus.Applied);
        var appointments = await hr.GetJsonAsync<PagedResultDto<AppointmentDto>>($"{OrganizationApi.Appointments}?personId={person.Id}");
        appointments.Items.Where(a => a.EndedOn is null).ShouldHaveSingleItem().PostId.ShouldBe(to.Id);
        appointments.Items.Single(a => a.PostId == from.Id).EndedOn.ShouldBe(PlanningApi.TodayInChina.AddDays(-1));
    }
}
