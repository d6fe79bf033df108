using System.Net;
using TalentReform.Auditing;
using TalentReform.Dtos;
using TalentReform.Zones;

namespace TalentReform.Validation;

/// <summary>Invalid bodies are refused with 400 problem details (code TalentReform:00400) and write nothing.</summary>
public class BadInputTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/host/zones";
    private const string ValidFields = """ "nameZh": "测试区", "nameEn": "Test", "province": "辽宁省", "foundedOn": "2020-01-01" """;

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var problem = await PostRejectedAsync("""{ "code": "broken", "nameZh": """);

        problem.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Unknown_field_is_400_with_an_error_for_that_field()
    {
        var problem = await PostRejectedAsync($$"""{ "code": "unknown-field", {{ValidFields}}, "bogus": 1 }""");

        problem.Errors.Keys.ShouldContain("$.bogus");
        problem.Errors["$.bogus"].ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Over_long_strings_are_400_with_errors_keyed_by_camel_case_field_names()
    {
        // Arrange: one character over each maximum.
        var code = new string('a', ZoneConsts.MaxCodeLength + 1);
        var nameZh = new string('区', ZoneConsts.MaxNameLength + 1);

        // Act
        var problem = await PostRejectedAsync($$"""
            { "code": "{{code}}", "nameZh": "{{nameZh}}", "nameEn": "Test", "province": "辽宁省", "foundedOn": "2020-01-01" }
            """);

        // Assert
        problem.Errors.Keys.ShouldBe(["code", "nameZh"], ignoreOrder: true);
        problem.Errors["code"].ShouldHaveSingleItem().ShouldContain(ZoneConsts.MaxCodeLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        problem.Errors["nameZh"].ShouldHaveSingleItem().ShouldContain(ZoneConsts.MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Wrong_type_is_400()
    {
        var problem = await PostRejectedAsync("""
            { "code": "wrong-type", "nameZh": "测试区", "nameEn": "Test", "province": "辽宁省", "foundedOn": 123 }
            """);

        problem.Errors.Keys.ShouldContain("$.foundedOn");
    }

    [Fact]
    public async Task Missing_required_fields_are_400_with_an_error_per_field()
    {
        var problem = await PostRejectedAsync("""{ "code": "missing-fields", "nameZh": "测试区" }""");

        problem.Errors.Keys.ShouldBe(["nameEn", "province", "foundedOn"], ignoreOrder: true);
    }

    [Fact]
    public async Task Invalid_code_pattern_is_400()
    {
        var problem = await PostRejectedAsync($$"""{ "code": "Not Valid!", {{ValidFields}} }""");

        problem.Errors.Keys.ShouldBe(["code"]);
    }

    [Fact]
    public async Task A_valid_body_is_accepted_and_written()
    {
        // Arrange: the control case of this class, so the rejections above are known to be about the input.
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var (zones, audits) = await CountAsync(admin);

        // Act
        using var response = await admin.PostRawJsonAsync(Url, $$"""{ "code": "{{TestData.UniqueName("valid")}}", {{ValidFields}} }""");

        // Assert
        await response.ShouldSucceedAsync();
        (await CountAsync(admin)).ShouldBe((zones + 1, audits + 1));
    }

    /// <summary>Posts the body as admin; asserts 400 with TalentReform:00400 and that no zone and no audit entry was written.</summary>
    private async Task<ProblemDetailsResponse> PostRejectedAsync(string json)
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var before = await CountAsync(admin);

        // Act
        using var response = await admin.PostRawJsonAsync(Url, json);

        // Assert
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
        (await CountAsync(admin)).ShouldBe(before);
        return problem;
    }

    private static async Task<(long Zones, long AuditLogs)> CountAsync(HttpClient admin)
    {
        var zones = await admin.GetJsonAsync<PagedResultDto<ZoneDto>>($"{Url}?maxResultCount=1");
        var audits = await admin.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=1");
        return (zones.TotalCount, audits.TotalCount);
    }
}
