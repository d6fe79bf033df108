using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Recruitment;
using TalentReform.Staffing;

namespace TalentReform.Auditing;

/// <summary>
/// The personal-data sweep: every GET operation of the OpenAPI document (lists with the largest page, by-id
/// routes with ids from the lists, Excel exports decoded) as callers without the ViewIdNumber permission,
/// after audited changes to a person, must carry no full 身份证号 and no seeded person's full mobile number,
/// and neither may the server's log. A new GET route whose parameters the sweep cannot fill fails it.
/// </summary>
public partial class PersonalDataSweepTests(PersonalDataSweepTests.Factory factory) : IClassFixture<PersonalDataSweepTests.Factory>
{
    private const int PageSize = 1000;
    private const int IdsPerRoute = 5;

    /// <summary>The host with Information-level logs (request logging and 4xx notes included) in a file of its own.</summary>
    public sealed class Factory : TalentReformWebApplicationFactory
    {
        public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), "talentreform-tests-pii-logs", Guid.NewGuid().ToString("N"));

        protected override IDictionary<string, string?> GetSettings()
        {
            var settings = base.GetSettings();
            settings["Serilog:MinimumLevel:Default"] = "Information";
            settings["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogDirectory, "host-.log");
            return settings;
        }
    }

    /// <summary>A full ID number: 17 digits and a check character, not part of a longer number or of a hex concurrency stamp.</summary>
    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9]{17}[0-9Xx](?![0-9A-Fa-f])")]
    private static partial Regex FullIdNumber();

    /// <summary>Parameters that are not named "id", with where their values come from.</summary>
    private static readonly Dictionary<string, string> ParameterSources = new(StringComparer.Ordinal)
    {
        ["orgUnitId"] = "/api/app/org-units",
    };

    [Fact]
    public async Task No_response_nor_log_line_carries_a_full_id_or_mobile_number_for_callers_without_the_permission()
    {
        // Arrange: the numbers as HR (who may see them) reads them, and audited changes to a person.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        var people = (await hr.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?maxResultCount={PageSize}")).Items;
        await ChangeAPersonAsync(hr, people[0]);
        await ImportADuplicateAsync(hr, people[1]);
        people = (await hr.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?maxResultCount={PageSize}")).Items;
        var phones = people.Select(p => p.Phone).OfType<string>().ToHashSet();
        phones.Count.ShouldBeGreaterThan(100);
        people.ShouldAllBe(p => FullIdNumber().IsMatch(p.IdNumber));

        // An application (身份证号, phone) in a fresh campaign: the recruitment reads have a row to leak from.
        var campaign = await factory.PublishedCampaignAsync(hr);
        using var applied = await hr.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, CampaignApi.NewIdNumber()));
        await applied.ShouldSucceedAsync();
        // An examiner with a declared relative (both 身份证号) on that campaign: the examiner list has rows to leak from.
        var examiners = $"{CampaignApi.Campaigns}/{campaign.Id}/examiners";
        using var examiner = await hr.PostJsonAsync(examiners, new
        {
            code = "K01", name = "周考官", idNumber = CampaignApi.NewIdNumber(),
            relatives = new[] { new { relation = "Spouse", name = "孙八", idNumber = CampaignApi.NewIdNumber() } },
        });
        await examiner.ShouldSucceedAsync();

        // A 公示 of two candidates ready for it: the notice reads list its entries to leak from.
        var scenario = await HireScenario.CreateAsync(factory, "91");
        using var notice = await hr.PostJsonAsync("/api/app/recruitment-notices",
            new { campaignId = scenario.CampaignId, title = "拟聘用人员公示", workingDays = 7, applicationIds = scenario.ApplicationIds });
        await notice.ShouldSucceedAsync();

        // Act: every GET operation, as a leader and as a talent; first a client that puts an ID number in a path
        // (the request log writes paths).
        var urls = await UrlsAsync(hr, admin);
        urls.Add(examiners);
        urls.Add($"{OrganizationApi.Persons}/{people[2].IdNumber}");
        var leaks = new List<string>();
        var answered = 0;
        foreach (var url in urls)
        {
            foreach (var (role, client) in new[] { ("dalian-leader", leader), ("dalian-talent", talent) })
            {
                var body = await ReadAsync(client, url);
                answered += body.Ok ? 1 : 0;
                var found = Leaks(body.Text, phones).ToList();
                if (found.Count > 0)
                {
                    leaks.Add($"{role} GET {url}: {found.Count} × ({string.Join(", ", found.Take(2))}, …)");
                }
            }
        }

        // Assert
        urls.Count.ShouldBeGreaterThan(60);
        answered.ShouldBeGreaterThan(urls.Count / 2, "most operations answered 2xx to one of the roles");
        leaks.ShouldBeEmpty();
        var log = ReadLog();
        log.ShouldContain("/api/app/audit-logs", customMessage: "the request log was written where the sweep reads it");
        Leaks(log, phones).ShouldBeEmpty("the server log");
    }

    [Fact]
    public async Task A_caller_with_the_permission_sees_the_full_number_so_the_sweep_can_find_one()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var person = (await hr.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?maxResultCount=1")).Items.Single();

        // Act
        var full = await hr.GetStringAsync($"{OrganizationApi.Persons}/{person.Id}");
        var masked = await leader.GetStringAsync($"{OrganizationApi.Persons}/{person.Id}");

        // Assert
        FullIdNumber().Match(full).Value.ShouldBe(person.IdNumber);
        full.ShouldContain(person.Phone!);
        FullIdNumber().IsMatch(masked).ShouldBeFalse();
        masked.ShouldNotContain(person.Phone!);
        masked.ShouldContain(person.IdNumber[..4] + "**********" + person.IdNumber[^4..]);
        masked.ShouldContain(person.Phone![..3] + "****" + person.Phone[^4..]);
    }

    [Fact]
    public async Task The_audit_trail_stores_personal_values_masked_so_even_hr_reads_no_second_copy_of_the_register()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var person = await hr.CreatePersonAsync("蒋芳");

        // Act
        await ChangeAPersonAsync(hr, person);
        var log = (await hr.GetJsonAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType=Person&entityId={person.Id}&maxResultCount=10")).Items;

        // Assert: HR may see the number in the register, but the trail keeps only what changed.
        var created = log.Single(l => l.ChangeType == EntityChangeType.Created).Changes.ToDictionary(c => c.PropertyName);
        created["IdNumber"].NewValue.ShouldBe(person.IdNumber[..4] + "**********" + person.IdNumber[^4..]);
        var updated = log.Single(l => l.ChangeType == EntityChangeType.Updated).Changes.ToDictionary(c => c.PropertyName);
        updated["Phone"].NewValue.ShouldBe("139****5678");
        updated["IdNumber"].OriginalValue.ShouldBe(created["IdNumber"].NewValue);
        updated["IdNumber"].NewValue!.ShouldNotContain(person.IdNumber);
        updated["IdNumber"].NewValue!.ShouldContain("**********");
    }

    [Fact]
    public async Task A_users_email_and_phone_are_masked_for_a_leader_and_in_the_audit_log()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var created = await admin.PostJsonAsync("/api/app/users", new
        {
            userName = TestData.UniqueName("contact"), name = "联系人", email = "lian.xi@example.com", phoneNumber = "13712345678",
            password = TestData.Password, zoneId = TestData.DalianZoneId, roleNames = new[] { Identity.RoleNames.Talent },
        });
        var user = await created.ShouldSucceedAsync<Identity.UserDto>();

        // Act
        var seenByLeader = await leader.GetJsonAsync<Identity.UserDto>($"/api/app/users/{user.Id}");
        var seenByHr = await hr.GetJsonAsync<Identity.UserDto>($"/api/app/users/{user.Id}");
        var log = await leader.GetStringAsync($"/api/app/audit-logs?entityType=AppUser&entityId={user.Id}");

        // Assert
        (seenByLeader.Email, seenByLeader.PhoneNumber).ShouldBe(("l***@example.com", "137****5678"));
        (seenByHr.Email, seenByHr.PhoneNumber).ShouldBe(("lian.xi@example.com", "13712345678"));
        log.ShouldContain("137****5678");
        log.ShouldNotContain("13712345678");
        log.ShouldNotContain("lian.xi@");
    }

    /// <summary>An update of the ID number and phone, a created and a deleted person: old and new values in the audit log.</summary>
    private static async Task ChangeAPersonAsync(HttpClient hr, PersonDto person)
    {
        var newIdNumber = person.IdNumber[..14] + (person.IdNumber[14] == '9' ? "0" : "9") + person.IdNumber[15..];
        using var updated = await hr.PutJsonAsync($"{OrganizationApi.Persons}/{person.Id}", new
        {
            name = person.Name, gender = person.Gender, birthDate = person.BirthDate, idNumber = newIdNumber, degree = person.Degree,
            school = person.School, major = person.Major, professionalTitle = person.ProfessionalTitle, phone = "13912345678",
            sealedStatus = person.SealedStatus, concurrencyStamp = person.ConcurrencyStamp,
        });
        await updated.ShouldSucceedAsync();

        var created = await hr.CreatePersonAsync("钱洁");
        using var deleted = await hr.DeleteAsync($"{OrganizationApi.Persons}/{created.Id}");
        await deleted.ShouldSucceedAsync();
    }

    /// <summary>A file whose two rows share an ID number: the row error (and its log line) must not repeat the number.</summary>
    private static async Task ImportADuplicateAsync(HttpClient hr, PersonDto person)
    {
        string?[] row = ["孙丽", "女", "1990-01-01", person.IdNumber];
        var file = ExcelWorkbooks.Build(["姓名", "性别", "出生日期", "身份证号"], row, row);
        using var response = await hr.UploadAsync(OrganizationApi.Persons, file, dryRun: true);
        (await response.Content.ReadAsStringAsync()).ShouldNotBeEmpty();
    }

    /// <summary>Every GET operation's URL: lists with the largest page, by-id routes once per id from their list.</summary>
    private static async Task<List<string>> UrlsAsync(HttpClient hr, HttpClient admin)
    {
        using var document = JsonDocument.Parse(await hr.GetStringAsync("/openapi/v1.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (Path: p.Name, Parameters: Parameters(p.Value.GetProperty("get"))))
            .ToList();

        var urls = new List<string>();
        var ids = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, parameters) in operations.OrderBy(o => o.Path.Count(c => c == '{')))
        {
            var query = Query(parameters.Where(p => p.In == "query").Select(p => p.Name));
            var pathParameters = parameters.Where(p => p.In == "path").Select(p => p.Name).ToList();
            if (pathParameters.Count == 0)
            {
                urls.Add(path + query);
                continue;
            }

            pathParameters.Count.ShouldBe(1, $"{path}: teach the sweep to fill its parameters");
            var name = pathParameters[0];
            if (name == "year")
            {
                urls.Add(path.Replace("{year}", "2026") + query);
                continue;
            }

            var source = name == "id" ? path[..path.IndexOf("/{id}", StringComparison.Ordinal)] : ParameterSources.GetValueOrDefault(name);
            source.ShouldNotBeNull($"{path}: teach the sweep where its {{{name}}} comes from");
            if (!ids.TryGetValue(source, out var values))
            {
                ids[source] = values = await IdsAsync(source.StartsWith("/api/host/", StringComparison.Ordinal) ? admin : hr, source);
            }

            values.ShouldNotBeEmpty($"{path}: {source} listed no ids");
            urls.AddRange(values.Select(id => path.Replace("{" + name + "}", id) + query));
        }

        // The audit log of the people and the users, in full pages.
        urls.Add($"/api/app/audit-logs?entityType=Person&maxResultCount={PageSize}");
        urls.Add($"/api/app/audit-logs?entityType=AppUser&maxResultCount={PageSize}");
        return urls;
    }

    private static List<(string Name, string In)> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList()
            : [];

    /// <summary>The largest page, and date ranges wide enough for every demo row.</summary>
    private static string Query(IEnumerable<string> names)
    {
        var values = names.Select(n => n switch
        {
            "maxResultCount" => $"{n}={PageSize}",
            "from" => $"{n}=2000-01-01",
            "to" or "dueBy" => $"{n}=2035-12-31",
            _ => null,
        }).OfType<string>().ToList();
        return values.Count == 0 ? "" : "?" + string.Join("&", values);
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string listPath)
    {
        using var response = await client.GetAsync($"{listPath}?maxResultCount={PageSize}");
        await response.ShouldSucceedAsync();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("items");
        return items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Take(IdsPerRoute).ToList();
    }

    /// <summary>The body as text; an Excel workbook is decoded cell by cell.</summary>
    private static async Task<(bool Ok, string Text)> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        (((int)response.StatusCode) < 500).ShouldBeTrue($"GET {url} answered {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType != ExcelWorkbooks.ContentType)
        {
            return (response.IsSuccessStatusCode, Encoding.UTF8.GetString(bytes));
        }

        using var stream = new MemoryStream(bytes);
        var text = new StringBuilder();
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, sheetName: sheet))
            {
                text.AppendJoin('\t', row.Values).AppendLine();
            }
        }

        return (response.IsSuccessStatusCode, text.ToString());
    }

    private static IEnumerable<string> Leaks(string text, IReadOnlySet<string> phones) =>
        FullIdNumber().Matches(text).Select(m => "ID number " + m.Value)
            .Concat(MobileNumber().Matches(text).Where(m => phones.Contains(m.Value)).Select(m => "mobile " + m.Value))
            .Concat(text.Contains("13912345678", StringComparison.Ordinal) ? ["mobile 13912345678"] : []);

    [GeneratedRegex("(?<![0-9A-Fa-f])1[3-9][0-9]{9}(?![0-9A-Fa-f])")]
    private static partial Regex MobileNumber();

    private string ReadLog()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(factory.LogDirectory))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
