using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>Drives recruitment plans and the 编制周转池 through the API as HR officers and leaders do.</summary>
internal static class RecruitmentPlanPoolApi
{
    public const string Plans = "/api/app/recruitment-plans";
    public const string Pool = "/api/app/staffing-pool";

    /// <summary>A new unit of the caller's zone with <paramref name="quota"/> 事业编制 (none when 0): its 空编 is exactly that.</summary>
    public static async Task<OrgUnitDto> UnitWithQuotaAsync(this HttpClient hr, int quota)
    {
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("招聘单位"));
        if (quota > 0)
        {
            await hr.SetZoneTotalAsync(StaffingType.PublicInstitution, 100_000);
            await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.PublicInstitution, quota);
        }

        return unit;
    }

    public static object Line(Guid orgUnitId, int places, Guid? id = null) =>
        new { id, orgUnitId, postTitle = "研究员", staffingType = "PublicInstitution", places, note = "高层次人才" };

    public static async Task<RecruitmentPlanDto> CreatePlanAsync(this HttpClient hr, params object[] lines)
    {
        using var response = await hr.PostJsonAsync(Plans, new { year = 2027, title = TestData.UniqueName("招聘计划"), lines });
        return await response.ShouldSucceedAsync<RecruitmentPlanDto>();
    }

    /// <summary>The zone's default route for <paramref name="kind"/>: one step decided by the zone's leaders (who draft neither plans nor loans).</summary>
    public static async Task UseLeaderRouteAsync(this HttpClient hr, string kind)
    {
        using var response = await hr.PostJsonAsync(PlanningApi.Routes, new
        {
            documentKind = kind, name = TestData.UniqueName("审批"), isDefault = true,
            steps = new[] { new { nameZh = "分管领导审核", nameEn = "Leader review", assigneeKind = "Role", roleName = "leader", timeLimitWorkingDays = 3 } },
        });
        await response.ShouldSucceedAsync();
    }

    public static object LoanRequest(Guid slotId, Guid unitId, Guid? personId = null, string tier = "B") => new
    {
        slotId, borrowingUnitId = unitId, hireName = "张高才", personId, justification = "TalentTier", tier, termMonths = 36,
        returnPlan = "单位出现空编时即归还",
    };

    public static async Task<StaffingPoolSlotDto> CreateSlotAsync(this HttpClient hr)
    {
        using var response = await hr.PostJsonAsync($"{Pool}/slots", new { code = TestData.UniqueName("ZZ"), name = "人才周转编制", sourceNote = "专项" });
        return await response.ShouldSucceedAsync<StaffingPoolSlotDto>();
    }
}
