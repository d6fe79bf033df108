using System.Net;

namespace TalentReform.Organization;

/// <summary>Talent users see none of the organisation; leaders read it but change nothing.</summary>
public class OrganizationPermissionTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    public static TheoryData<string> ReadUrls =>
    [
        OrganizationApi.Units,
        OrganizationApi.Units + "/tree",
        OrganizationApi.LeadershipQuotas,
        OrganizationApi.StaffingQuotas,
        OrganizationApi.StaffingQuotas + "/zone-totals",
        OrganizationApi.Posts,
        OrganizationApi.Persons,
        OrganizationApi.Appointments,
        OrganizationApi.Metrics,
        OrganizationApi.Mix,
        OrganizationApi.MixRules,
    ];

    public static TheoryData<string> CreateUrls =>
    [
        OrganizationApi.Units,
        OrganizationApi.LeadershipQuotas,
        OrganizationApi.StaffingQuotas,
        OrganizationApi.Posts,
        OrganizationApi.Persons,
        OrganizationApi.Appointments,
        OrganizationApi.MixRules,
    ];

    [Theory]
    [MemberData(nameof(ReadUrls))]
    public async Task Talent_is_forbidden_to_read(string url)
    {
        // Arrange
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);

        // Act
        using var response = await talent.GetAsync(url);

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(ReadUrls))]
    public async Task Leader_and_hr_may_read(string url)
    {
        // Arrange
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        using var byLeader = await leader.GetAsync(url);
        using var byHr = await hr.GetAsync(url);

        // Assert
        await byLeader.ShouldSucceedAsync();
        await byHr.ShouldSucceedAsync();
    }

    [Theory]
    [MemberData(nameof(CreateUrls))]
    public async Task Leader_and_talent_are_forbidden_to_create(string url)
    {
        // Arrange
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);

        // Act
        using var byLeader = await leader.PostJsonAsync(url, new { });
        using var byTalent = await talent.PostJsonAsync(url, new { });

        // Assert
        await byLeader.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        await byTalent.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Anonymous_callers_are_401()
    {
        // Arrange
        using var anonymous = factory.CreateAnonymousClient();

        // Act
        using var response = await anonymous.GetAsync(OrganizationApi.Units);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_platform_admin_has_no_zone_and_cannot_create_units()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        using var response = await admin.PostJsonAsync(OrganizationApi.Units, new
        {
            kind = "ManagementCommittee", nameZh = "无园区", nameEn = "No zone", effectiveFrom = "2026-01-01",
        });

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ZoneRequired);
    }
}
