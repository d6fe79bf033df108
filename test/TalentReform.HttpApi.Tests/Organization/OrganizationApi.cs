using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Organization;

/// <summary>Builds organisation data through the API the way an HR officer would, with unique codes per call.</summary>
internal static class OrganizationApi
{
    public const string Units = "/api/app/org-units";
    public const string LeadershipQuotas = "/api/app/leadership-quotas";
    public const string StaffingQuotas = "/api/app/staffing-quotas";
    public const string Posts = "/api/app/posts";
    public const string Persons = "/api/app/persons";
    public const string Appointments = "/api/app/appointments";
    public const string Metrics = "/api/app/org-metrics";
    public const string Mix = "/api/app/staffing-mix";
    public const string MixRules = "/api/app/staffing-mix-rules";
    public const string SeatBoard = "/api/app/staffing-quotas/seat-board";

    /// <summary>A seeded demo unit of the caller's zone, found by its Chinese name.</summary>
    public static async Task<OrgUnitDto> DemoUnitAsync(this HttpClient client, string nameZh) =>
        (await client.GetJsonAsync<PagedResultDto<OrgUnitDto>>($"{Units}?filter={Uri.EscapeDataString(nameZh)}&maxResultCount=1000")).Items.First(u => u.NameZh == nameZh);

    public static async Task<OrgUnitDto> CreateUnitAsync(this HttpClient client, string nameZh, Guid? parentId = null, params string[] functions)
    {
        using var response = await client.PostJsonAsync(Units, new
        {
            parentId, kind = "Department", nameZh, nameEn = "Unit " + nameZh, effectiveFrom = "2026-01-01",
            functions = functions.Select(text => new { text }).ToArray(),
        });
        return await response.ShouldSucceedAsync<OrgUnitDto>();
    }

    public static async Task SetZoneTotalAsync(this HttpClient client, StaffingType type, int approved)
    {
        using var response = await client.PutJsonAsync($"{StaffingQuotas}/zone-totals/{type}", new { approved });
        await response.ShouldSucceedAsync();
    }

    public static async Task<StaffingQuotaDto> CreateStaffingQuotaAsync(this HttpClient client, Guid orgUnitId, StaffingType type, int approved)
    {
        using var response = await client.PostJsonAsync(StaffingQuotas, new { orgUnitId, staffingType = type, approved });
        return await response.ShouldSucceedAsync<StaffingQuotaDto>();
    }

    public static async Task<PostDto> CreatePostAsync(
        this HttpClient client, Guid orgUnitId, StaffingType type = StaffingType.Administrative, string leadershipRole = "None")
    {
        using var response = await client.PostJsonAsync(Posts, NewPost(orgUnitId, type, leadershipRole));
        return await response.ShouldSucceedAsync<PostDto>();
    }

    public static object NewPost(Guid orgUnitId, StaffingType type = StaffingType.Administrative, string leadershipRole = "None") => new
    {
        orgUnitId, code = TestData.UniqueName("P"), titleZh = "科员", titleEn = "Officer", category = "Management", level = 8,
        staffingType = type, leadershipRole, fte = 1.0,
    };

    public static async Task<PersonDto> CreatePersonAsync(this HttpClient client, string name)
    {
        using var response = await client.PostJsonAsync(Persons, new
        {
            name, gender = "Female", birthDate = "1990-05-06", idNumber = NewIdNumber(), degree = "Master",
        });
        return await response.ShouldSucceedAsync<PersonDto>();
    }

    public static Task<HttpResponseMessage> AppointAsync(this HttpClient client, Guid personId, Guid postId) =>
        client.PostJsonAsync(Appointments, new { personId, postId, kind = "Competitive", termStart = "2026-03-01", termEnd = "2029-02-28" });

    /// <summary>A well-formed, unique 18-character ID number (Dalian prefix 2102).</summary>
    public static string NewIdNumber() => "2102" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Task<PagedResultDto<StaffingQuotaDto>> GetStaffingQuotasAsync(this HttpClient client, Guid orgUnitId) =>
        client.GetJsonAsync<PagedResultDto<StaffingQuotaDto>>($"{StaffingQuotas}?orgUnitId={orgUnitId}");
}
