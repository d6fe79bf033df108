using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentReform.Auditing;
using TalentReform.Dtos;
using TalentReform.ExceptionHandling;
using TalentReform.Organization;
using TalentReform.Zones;

namespace TalentReform.Validation;

/// <summary>
/// Invalid bodies are refused with 400 problem details (code TalentReform:00400) naming the field, and write
/// nothing: malformed JSON, unknown and duplicate fields, enum values the enum does not define, null list
/// elements, numbers beyond their range, implausible dates, invisible or control-character texts.
/// </summary>
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

    [Fact]
    public async Task Duplicate_keys_are_400()
    {
        var problem = await PostRejectedAsync($$"""{ "code": "dup-a", {{ValidFields}}, "code": "dup-b" }""");

        problem.Errors.Keys.ShouldContain("$.code");
        problem.Errors["$.code"].ShouldBe([Localization.TalentReformResource.Get("Validation:DuplicateField", System.Globalization.CultureInfo.GetCultureInfo("zh-Hans"))]);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_problem_details()
    {
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        using var response = await admin.PostAsync(Url, new StringContent($$"""{ "code": "plain", {{ValidFields}} }""", Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.ReadProblemAsync()).Status.ShouldBe(415);
    }

    [Fact]
    public async Task Enum_values_the_enum_does_not_define_are_400_naming_the_field_and_store_nothing()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unitId = await FirstIdAsync(hr, "/api/app/org-units?maxResultCount=1");
        var profileId = await FirstIdAsync(hr, "/api/app/talent-profiles?maxResultCount=1");
        var personId = await FirstIdAsync(hr, "/api/app/persons?maxResultCount=1");
        var postId = await FirstIdAsync(hr, "/api/app/posts?maxResultCount=1");
        var planId = await CreateDraftPlanAsync(hr);

        (string Url, string Json, string Field)[] cases =
        [
            ("/api/app/staffing-mix-rules", $$"""{ "orgUnitId": "{{unitId}}", "kind": 999, "minShare": 0.5 }""", "$.kind"),
            ("/api/app/staffing-mix-rules", $$"""{ "orgUnitId": "{{unitId}}", "kind": -1, "minShare": 0.5 }""", "$.kind"),
            ("/api/app/org-units", """{ "kind": 12345, "nameZh": "枚举", "nameEn": "Enum", "effectiveFrom": "2026-01-01" }""", "$.kind"),
            ("/api/app/org-units", """{ "kind": "Ministry", "nameZh": "枚举", "nameEn": "Enum", "effectiveFrom": "2026-01-01" }""", "$.kind"),
            ("/api/app/org-units", """{ "kind": "3", "nameZh": "枚举", "nameEn": "Enum", "effectiveFrom": "2026-01-01" }""", "$.kind"),
            ("/api/app/talent-certifications",
                $$"""{ "profileId": "{{profileId}}", "level": 7, "certifyingBody": "人才办", "certifiedOn": "2025-05-01", "certificateNo": "ENUM-1" }""", "$.level"),
            ("/api/app/talent-profiles", """{ "name": "枚举人才", "degree": 99 }""", "$.degree"),
            ("/api/app/talent-profiles", """{ "name": "枚举人才", "tier": 42 }""", "$.tier"),
            ("/api/app/appointments", $$"""{ "personId": "{{personId}}", "postId": "{{postId}}", "kind": 77, "termStart": "2026-01-01" }""", "$.kind"),
            ($"/api/app/staffing-plans/{planId}/changes", """{ "type": 999 }""", "$.type"),
        ];

        await ShouldAllBeRejectedAsync(hr, cases);

        // The message names the allowed values.
        var problem = await RejectedAsync(hr, "/api/app/org-units", """{ "kind": 12345, "nameZh": "枚举", "nameEn": "Enum", "effectiveFrom": "2026-01-01" }""");
        problem.Errors["$.kind"].ShouldHaveSingleItem().ShouldContain("ManagementCommittee, Department, Section, PublicInstitution, PlatformCompany");
    }

    [Fact]
    public async Task Query_values_are_checked_like_bodies()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        foreach (var url in new[] { "/api/app/talent-profiles?tier=999", "/api/app/talent-profiles?filter=a%00b", "/api/app/org-units/tree?asOf=0001-01-01" })
        {
            using var response = await hr.GetAsync(url);
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
        }
    }

    [Fact]
    public async Task Null_elements_of_lists_are_400_with_the_element_path()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        const string step = """{ "nameZh": "初审", "nameEn": "Review", "assigneeKind": "Role", "roleName": "leader", "timeLimitWorkingDays": 3 }""";

        (string Url, string Json, string Field)[] cases =
        [
            ("/api/app/org-units", """{ "kind": "Section", "nameZh": "空", "nameEn": "Null", "effectiveFrom": "2026-01-01", "functions": [null] }""", "functions[0]"),
            ("/api/app/approval-routes", $$"""{ "documentKind": "StaffingPlan", "name": "空步骤", "steps": [{{step}}, null] }""", "steps[1]"),
            ("/api/app/talent-policies",
                """{ "code": "null-rule", "titleZh": "空", "titleEn": "Null", "document": "文", "effectiveFrom": "2026-01-01", "rules": [null] }""", "rules[0]"),
        ];

        await ShouldAllBeRejectedAsync(hr, cases);
    }

    [Fact]
    public async Task Numbers_beyond_their_range_are_400_not_500()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var anonymous = factory.CreateAnonymousClient();

        await ShouldWriteNothingAsync(async () =>
        {
            (await RejectedAsync(hr, "/api/app/talent-profiles", """{ "name": "溢出", "contractYears": 2147483648 }""")).Errors.Keys.ShouldContain("contractYears");
            (await RejectedAsync(hr, "/api/app/talent-profiles", """{ "name": "溢出", "contractYears": 1e400 }""")).Errors.Keys.ShouldContain("$.contractYears");
            (await RejectedAsync(hr, "/api/app/talent-profiles", """{ "name": "溢出", "socialInsuranceMonths": 2147483648 }""")).Errors.Keys
                .ShouldContain("$.socialInsuranceMonths");
            (await RejectedAsync(anonymous, "/api/public/zones/dalian/policy-calculator", """{ "contractYears": 99999999999999999999999 }""")).Errors.Keys
                .ShouldContain("contractYears");
        });
    }

    [Fact]
    public async Task Implausible_dates_are_400_naming_the_field()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        const string person = """ "name": "日期", "gender": "Male", "idNumber": "210203199001010011" """;

        (string Url, string Json, string Field)[] cases =
        [
            ("/api/app/persons", $$"""{ {{person}}, "birthDate": "0001-01-01" }""", "birthDate"),
            ("/api/app/persons", $$"""{ {{person}}, "birthDate": "{{tomorrow}}" }""", "birthDate"),
            ("/api/app/talent-profiles", """{ "name": "日期", "birthDate": "1899-12-31" }""", "birthDate"),
            ("/api/app/talent-profiles", """{ "name": "日期", "arrivedOn": "9999-12-31" }""", "arrivedOn"),
            ("/api/app/staffing-plans", """{ "title": "日期", "effectiveDate": "9999-12-31" }""", "effectiveDate"),
            ("/api/app/staffing-plans", """{ "title": "日期", "effectiveDate": "0001-01-01" }""", "effectiveDate"),
            ("/api/app/org-units", """{ "kind": "Section", "nameZh": "日期", "nameEn": "Date", "effectiveFrom": "0001-01-01" }""", "effectiveFrom"),
            // A missing non-nullable date arrives as 0001-01-01: refused as such.
            ("/api/app/talent-policies", """{ "code": "no-date", "titleZh": "无日期", "titleEn": "No date", "document": "文" }""", "effectiveFrom"),
        ];

        await ShouldAllBeRejectedAsync(hr, cases);
    }

    [Fact]
    public async Task Invisible_or_control_character_texts_are_400()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        const string rest = """ "gender": "Male", "birthDate": "1990-01-01", "idNumber": "210203199001010011" """;

        (string Url, string Json, string Field)[] cases =
        [
            ("/api/app/persons", $$"""{ "name": "\u200B\u200B", {{rest}} }""", "name"),
            ("/api/app/persons", $$"""{ "name": "\uFEFF", {{rest}} }""", "name"),
            ("/api/app/persons", $$"""{ "name": " \u2060\u200D ", {{rest}} }""", "name"),
            ("/api/app/persons", $$"""{ "name": "张\u0000三", {{rest}} }""", "$.name"),
            ("/api/app/org-units", """{ "kind": "Section", "nameZh": "a\u0007b", "nameEn": "Bell", "effectiveFrom": "2026-01-01" }""", "$.nameZh"),
            ("/api/app/org-units", """{ "kind": "Section", "nameZh": "a\uD800b", "nameEn": "Half", "effectiveFrom": "2026-01-01" }""", "$.nameZh"),
            ("/api/app/org-units",
                """{ "kind": "Section", "nameZh": "职能", "nameEn": "Functions", "effectiveFrom": "2026-01-01", "functions": [{ "text": "\u0000" }] }""",
                "$.functions[0].text"),
        ];

        await ShouldAllBeRejectedAsync(hr, cases);
    }

    [Fact]
    public async Task An_imported_row_is_checked_like_an_API_input()
    {
        // Arrange: a persons workbook whose rows break the date kind and the text rule.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var (headers, _) = await hr.DownloadAsync("/api/app/persons/import-template");
        object?[] Row(string name, string birthDate, string idNumber) =>
            headers.Select(h => h switch { "姓名" => name, "性别" => "男", "出生日期" => birthDate, "身份证号" => idNumber, _ => (object?)null }).ToArray();
        var file = ExcelWorkbooks.Build(headers,
            Row("早生", "1899-01-01", "210203189901010011"),
            Row("\u200B\uFEFF", "1990-01-01", "210203199001010011"));

        // Act
        var result = await hr.ImportAsync("/api/app/persons", file, dryRun: true);

        // Assert
        result.ImportedRows.ShouldBe(0);
        result.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "出生日期"), (3, "姓名")], ignoreOrder: true);
    }

    [Fact]
    public async Task Texts_are_trimmed_and_stored_in_NFC()
    {
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var code = TestData.UniqueName("nfc");

        using var response = await admin.PostRawJsonAsync(Url,
            $$"""{ "code": "{{code}}", "nameZh": "\uFEFF 测试区\u200B ", "nameEn": "Cafe\u0301 Zone", "province": "辽宁省", "foundedOn": "1991-03-06" }""");

        var zone = await response.ShouldSucceedAsync<ZoneDto>();
        (zone.NameZh, zone.NameEn).ShouldBe(("测试区", "Caf\u00E9 Zone"));
    }

    [Fact]
    public async Task An_unhandled_exception_never_shows_its_details_not_even_in_Development()
    {
        // Arrange: the handler as the host registers it, in a Development environment.
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Development })
            .AddSingleton<ProblemDetailsWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        await using var provider = services.BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = provider };
        context.Request.Method = "POST";
        context.Request.Path = "/api/public/zones/dalian/policy-calculator";
        context.Response.Body = new MemoryStream();

        // Act
        var handled = await provider.GetServices<IExceptionHandler>().Single()
            .TryHandleAsync(context, new InvalidOperationException("secret internals"), CancellationToken.None);

        // Assert
        handled.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(500);
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        body.ShouldNotContain("secret internals");
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain("\"exception\"");
    }

    [Fact]
    public async Task An_invalid_e_mail_is_400_with_a_localized_message_naming_the_field()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        const string json = """{ "userName": "bad-mail", "name": "测试", "email": "not-an-address", "password": "1q2w3E*x", "roleNames": [], "zoneId": null }""";

        // Act
        var problem = await RejectedAsync(admin, "/api/app/users", json);

        // Assert: the product's own text with the field's name in it, not the framework's "The {0} field ..."
        var message = problem.Errors["email"].ShouldHaveSingleItem();
        message.ShouldContain("不是有效的电子邮件地址");
        message.ShouldNotContain("{0}");
    }

    /// <summary>Posts the body; asserts 400 with TalentReform:00400.</summary>
    private static async Task<ProblemDetailsResponse> RejectedAsync(HttpClient client, string url, string json)
    {
        using var response = await client.PostRawJsonAsync(url, json);
        return await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
    }

    /// <summary>Posts each body; asserts 400 with an error under the expected key, and that nothing was written.</summary>
    private Task ShouldAllBeRejectedAsync(HttpClient client, (string Url, string Json, string Field)[] cases) =>
        ShouldWriteNothingAsync(async () =>
        {
            foreach (var (url, json, field) in cases)
            {
                var problem = await RejectedAsync(client, url, json);
                problem.Errors.Keys.ShouldContain(field, $"{url} {json}: {problem.Body}");
            }
        });

    /// <summary>Runs the requests and asserts that no table of the database changed (no row, no audit entry, no stamp).</summary>
    private async Task ShouldWriteNothingAsync(Func<Task> requests)
    {
        var before = await DatabaseChecksum.ComputeAsync(factory.DatabasePath);
        await requests();
        DatabaseChecksum.Changed(before, await DatabaseChecksum.ComputeAsync(factory.DatabasePath)).ShouldBeEmpty();
    }

    private static async Task<Guid> FirstIdAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldSucceedAsync();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CreateDraftPlanAsync(HttpClient hr)
    {
        using var response = await hr.PostJsonAsync("/api/app/staffing-plans", new { title = "枚举校验", rationale = "", effectiveDate = "2027-01-01" });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await response.ShouldSucceedAsync();
        return document.RootElement.GetProperty("id").GetGuid();
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
