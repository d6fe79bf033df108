using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>Drives campaigns and applications through the API as HR does.</summary>
internal static class CampaignApi
{
    public const string Campaigns = "/api/app/recruitment-campaigns";
    public const string Applications = "/api/app/applications";

    private static readonly long IdBase = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000_000);
    private static long _idSequence;

    /// <summary>An approved plan line of the caller's zone: a new unit with exactly <paramref name="places"/> 空编, planned and approved by a leader.</summary>
    public static async Task<ApprovedLine> ApprovedPlanLineAsync(this TalentReformWebApplicationFactory factory, HttpClient hr, int places = 1)
    {
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        await hr.UseLeaderRouteAsync("RecruitmentPlan");
        var unit = await hr.UnitWithQuotaAsync(places);
        var plan = await hr.CreatePlanAsync(RecruitmentPlanPoolApi.Line(unit.Id, places));
        using var submit = await hr.PostJsonAsync($"{RecruitmentPlanPoolApi.Plans}/{plan.Id}/submit", new { });
        await submit.ShouldSucceedAsync();
        var item = (await leader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).Single(i => i.DocumentId == plan.Id);
        using var decided = await leader.PostJsonAsync($"{RecruitmentPlanPoolApi.Plans}/approvals/{item.StepId}/decide", new { decision = "Approve" });
        var approved = await decided.ShouldSucceedAsync<RecruitmentPlanDto>();
        return new ApprovedLine(approved.Id, approved.Lines.Single().Id, unit.Id, places);
    }

    /// <summary>A published examination campaign open for registration today, with one position on a fresh approved plan line.</summary>
    public static async Task<RecruitmentCampaignDto> PublishedCampaignAsync(
        this TalentReformWebApplicationFactory factory, HttpClient hr, int places = 1, int interviewRatio = 3, int openingRatio = 3, string replacement = "Once")
    {
        var today = PlanningApi.TodayInChina;
        var line = await factory.ApprovedPlanLineAsync(hr, places);
        using var created = await hr.PostJsonAsync(Campaigns, CampaignBody(today, line, places, interviewRatio, openingRatio, replacement));
        var campaign = await created.ShouldSucceedAsync<RecruitmentCampaignDto>();
        using var published = await hr.PostJsonAsync($"{Campaigns}/{campaign.Id}/publish", new { publishedOn = today, noticeEndsOn = today.AddDays(14) });
        return await published.ShouldSucceedAsync<RecruitmentCampaignDto>();
    }

    /// <summary>A campaign body with one position on <paramref name="line"/> (null: a plan and line that do not exist).</summary>
    public static object CampaignBody(
        DateOnly today, ApprovedLine? line = null, int places = 1, int interviewRatio = 3, int openingRatio = 3, string replacement = "Once") => new
    {
        year = today.Year,
        code = TestData.UniqueName("ZP"),
        titleZh = "公开招聘工作人员公告",
        recruitmentPlanId = line?.PlanId ?? Guid.NewGuid(),
        registrationStart = today,
        registrationEnd = today.AddDays(10),
        positions = new[]
        {
            new
            {
                planLineId = line?.LineId ?? Guid.NewGuid(),
                orgUnitId = line?.OrgUnitId ?? Guid.NewGuid(),
                postId = Guid.NewGuid(),
                staffingType = "PublicInstitution",
                code = "A01",
                name = "软件工程师",
                places,
                requirements = new { maxAge = 35 },
                scoring = new
                {
                    method = "Examination",
                    writtenWeightPercent = 50,
                    decimals = 2,
                    rounding = "HalfUp",
                    writtenPassLine = 60m,
                    interviewPassLine = 60m,
                    interviewRatio,
                    openingRatio,
                    shortfall = "ReducePlaces",
                    replacement,
                    checkOrder = "MedicalFirst",
                    probationMonths = 3,
                },
            },
        },
    };

    /// <summary>A fresh, well-formed 身份证号 (17 digits and a check character).</summary>
    public static string NewIdNumber() => $"2102{IdBase + Interlocked.Increment(ref _idSequence):0000000000000}X";

    public static object Registration(RecruitmentCampaignDto campaign, string idNumber, string name = "张三", object[]? relatives = null) => new
    {
        campaignId = campaign.Id,
        positionId = campaign.Positions[0].Id,
        name,
        idNumber,
        phone = "13800000000",
        birthDate = "1995-01-01",
        degree = "Master",
        yearsOfExperience = 3,
        pledgeSigned = true,
        relatives = relatives ?? [],
    };

    public static async Task<ApplicationDto> RegisterAsync(this HttpClient hr, RecruitmentCampaignDto campaign, string name)
    {
        using var response = await hr.PostJsonAsync(Applications, Registration(campaign, NewIdNumber(), name));
        return (await response.ShouldSucceedAsync<ApplicationRegistrationDto>()).Application;
    }

    public static async Task<ApplicationDto> AdvanceAsync(this HttpClient hr, Guid applicationId, string to)
    {
        using var response = await hr.PostJsonAsync($"{Applications}/{applicationId}/advance", new { to });
        return await response.ShouldSucceedAsync<ApplicationDto>();
    }

    /// <param name="examinerIds">The examiners who scored (needed once the campaign registers examiners).</param>
    public static async Task<ApplicationDto> ScoreAsync(this HttpClient hr, Guid applicationId, string kind, decimal score, params Guid[] examinerIds)
    {
        using var response = await hr.PutJsonAsync($"{Applications}/{applicationId}/{kind}-score", new { score, examinerIds });
        return await response.ShouldSucceedAsync<ApplicationDto>();
    }

    public static Task<ApplicationDto> GetApplicationAsync(this HttpClient client, Guid id) => client.GetJsonAsync<ApplicationDto>($"{Applications}/{id}");

    public static Task<HttpResponseMessage> UploadScoresAsync(this HttpClient hr, Guid campaignId, byte[] file, bool dryRun)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Organization.ExcelWorkbooks.ContentType);
        content.Add(part, "file", "scores.xlsx");
        return hr.PostAsync($"{Applications}/import?campaignId={campaignId}&dryRun={(dryRun ? "true" : "false")}", content);
    }
}

/// <summary>An approved plan's line: the plan, the line, its unit and places.</summary>
internal sealed record ApprovedLine(Guid PlanId, Guid LineId, Guid OrgUnitId, int Places);
