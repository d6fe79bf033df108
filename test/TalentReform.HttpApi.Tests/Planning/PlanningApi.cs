using TalentReform.Organization;

namespace TalentReform.Planning;

/// <summary>Drives staffing plans through the API as HR officers and leaders do.</summary>
internal static class PlanningApi
{
    public const string Plans = "/api/app/staffing-plans";
    public const string Approvals = "/api/app/approvals";
    public const string Routes = "/api/app/approval-routes";
    public const string Stats = "/api/app/approval-stats";
    public const string Notifications = "/api/app/notifications";

    public static DateOnly TodayInChina => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static async Task<StaffingPlanDto> CreatePlanAsync(this HttpClient hr, string title, DateOnly? effective = null)
    {
        using var response = await hr.PostJsonAsync(Plans, new { title, rationale = "请示：" + title, effectiveDate = effective ?? TodayInChina });
        return await response.ShouldSucceedAsync<StaffingPlanDto>();
    }

    public static async Task<PlanChangeDto> AddChangeAsync(this HttpClient hr, Guid planId, object change)
    {
        using var response = await hr.PostJsonAsync($"{Plans}/{planId}/changes", change);
        return await response.ShouldSucceedAsync<PlanChangeDto>();
    }

    public static async Task<StaffingPlanDto> SubmitAsync(this HttpClient hr, Guid planId)
    {
        using var response = await hr.PostJsonAsync($"{Plans}/{planId}/submit", new { });
        return await response.ShouldSucceedAsync<StaffingPlanDto>();
    }

    /// <summary>The caller's inbox item for the plan (the step waiting for them).</summary>
    public static async Task<ApprovalInboxItemDto> InboxItemAsync(this HttpClient approver, Guid planId) =>
        (await approver.GetJsonAsync<List<ApprovalInboxItemDto>>(Approvals)).Single(i => i.DocumentId == planId);

    public static async Task<StaffingPlanDto> ApproveAsync(this HttpClient approver, Guid planId)
    {
        var item = await approver.InboxItemAsync(planId);
        using var response = await approver.PostJsonAsync($"{Approvals}/{item.StepId}/decide", new { decision = "Approve", comment = "同意" });
        return await response.ShouldSucceedAsync<StaffingPlanDto>();
    }

    /// <summary>
    /// Takes a submitted Dalian plan through the zone's default route: 编办初审, 分管领导审核, then 主任办公会审议 counter-signed
    /// by the leader and the director. Returns the plan after the last approval (applied at once when effective today).
    /// </summary>
    public static async Task<StaffingPlanDto> ApproveAlongDalianRouteAsync(this TalentReformWebApplicationFactory factory, Guid planId)
    {
        using var reviewer = await factory.CreateClientAsync(TestData.Users.DalianReviewer);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var director = await factory.CreateClientAsync(TestData.Users.DalianDirector);
        await reviewer.ApproveAsync(planId);
        await leader.ApproveAsync(planId);
        await leader.ApproveAsync(planId);
        return await director.ApproveAsync(planId);
    }

    /// <summary>A chain 父 → 子 → 孙 under the zone's 管委会, each with one duty clause (the 孙 is a fourth layer).</summary>
    public static async Task<(OrgUnitDto Parent, OrgUnitDto Child, OrgUnitDto Grandchild)> CreateChainAsync(this HttpClient hr, string committee)
    {
        var root = await hr.DemoUnitAsync(committee);
        var parent = await hr.CreateUnitAsync(TestData.UniqueName("父"), root.Id, "统筹");
        var child = await hr.CreateUnitAsync(TestData.UniqueName("子"), parent.Id, "承办");
        var grandchild = await hr.CreateUnitAsync(TestData.UniqueName("孙"), child.Id, "落实");
        return (parent, child, grandchild);
    }

    public static IEnumerable<OrgUnitTreeNodeDto> Flatten(this IEnumerable<OrgUnitTreeNodeDto> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(n.Children.Flatten()));
}
