using System.Net;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Staffing;

namespace TalentReform.Organization;

/// <summary>Excel export, templates and all-or-nothing imports of units, posts and persons (issue 3, contract item 4).</summary>
public class ExcelImportExportTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private static readonly string[] UnitHeaders =
        ["上级机构编码", "机构类型", "机构名称", "英文名称", "简称", "排序号", "批文号", "批准日期", "生效日期", "失效日期", "职能（每行一条）"];

    private static readonly string[] PostHeaders =
        ["岗位编码", "所属机构编码", "岗位名称", "岗位英文名称", "岗位类别", "岗位等级", "编制类型", "领导职务", "折算全时当量", "对应职能条款"];

    private static readonly string[] PersonHeaders =
        ["姓名", "性别", "出生日期", "身份证号", "学历", "毕业院校", "专业", "专业技术职称", "联系电话", "身份封存"];

    public static TheoryData<string> Resources => [OrganizationApi.Units, OrganizationApi.Posts, OrganizationApi.Persons];

    [Fact]
    public async Task Export_of_units_posts_and_persons_holds_the_zones_demo_rows_with_chinese_headers()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var units = await hr.GetJsonAsync<PagedResultDto<OrgUnitDto>>($"{OrganizationApi.Units}?maxResultCount=1000");
        var posts = await hr.GetJsonAsync<PagedResultDto<PostDto>>($"{OrganizationApi.Posts}?maxResultCount=1000&sorting=code");
        var persons = await hr.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?maxResultCount=1000");

        // Act
        var unitSheet = await hr.DownloadAsync($"{OrganizationApi.Units}/export");
        var postSheet = await hr.DownloadAsync($"{OrganizationApi.Posts}/export");
        var personSheet = await hr.DownloadAsync($"{OrganizationApi.Persons}/export");

        // Assert: every demo row, and the cells as the API shows them.
        units.TotalCount.ShouldBeGreaterThan(5);
        unitSheet.Headers.ShouldBe(["机构编码", .. UnitHeaders]);
        unitSheet.Rows.Count.ShouldBe((int)units.TotalCount);
        var economy = units.Items.Single(u => u.NameZh == "经济发展局");
        var economyRow = unitSheet.Rows.Single(r => (string?)r["机构名称"] == "经济发展局");
        economyRow["机构编码"].ShouldBe(economy.Code);
        economyRow["上级机构编码"].ShouldBe(units.Items.Single(u => u.Id == economy.ParentId).Code);
        economyRow["机构类型"].ShouldBe("大部门（局）");
        economyRow["职能（每行一条）"]!.ToString()!.Split('\n').ShouldBe(economy.Functions.OrderBy(f => f.Number).Select(f => f.Text));

        posts.TotalCount.ShouldBeGreaterThan(100);
        postSheet.Headers.ShouldBe(["岗位编码", "所属机构编码", "所属机构名称", .. PostHeaders[2..], "岗位状态"]);
        postSheet.Rows.Select(r => (string?)r["岗位编码"]).ShouldBe(posts.Items.Select(p => p.Code), ignoreOrder: true);
        var post = posts.Items[0];
        var postRow = postSheet.Rows.Single(r => (string?)r["岗位编码"] == post.Code);
        postRow["岗位名称"].ShouldBe(post.TitleZh);
        postRow["所属机构编码"].ShouldBe(units.Items.Single(u => u.Id == post.OrgUnitId).Code);

        persons.TotalCount.ShouldBeGreaterThan(100);
        personSheet.Headers.ShouldBe(PersonHeaders);
        personSheet.Rows.Count.ShouldBe((int)persons.TotalCount);
        var person = persons.Items[0];
        personSheet.Rows.ShouldContain(r => (string?)r["身份证号"] == person.IdNumber && (string?)r["姓名"] == person.Name);
        personSheet.Rows.ShouldAllBe(r => !r["身份证号"]!.ToString()!.Contains('*'), "HR may see full ID numbers");
    }

    [Fact]
    public async Task Leaders_export_persons_with_masked_id_numbers()
    {
        // Arrange
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);

        // Act
        var sheet = await leader.DownloadAsync($"{OrganizationApi.Persons}/export");

        // Assert
        sheet.Rows.ShouldNotBeEmpty();
        sheet.Rows.ShouldAllBe(r => r["身份证号"]!.ToString()!.Contains("**********"));
    }

    [Fact]
    public async Task Templates_have_the_importable_headers_and_no_rows()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        var units = await hr.DownloadAsync($"{OrganizationApi.Units}/import-template");
        var posts = await hr.DownloadAsync($"{OrganizationApi.Posts}/import-template");
        var persons = await hr.DownloadAsync($"{OrganizationApi.Persons}/import-template");

        // Assert
        units.Headers.ShouldBe(UnitHeaders);
        posts.Headers.ShouldBe(PostHeaders);
        persons.Headers.ShouldBe(PersonHeaders);
        units.Rows.ShouldBeEmpty();
        posts.Rows.ShouldBeEmpty();
        persons.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_dry_run_of_bad_posts_lists_every_error_and_imports_nothing_not_even_when_not_a_dry_run()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var economy = await hr.DemoUnitAsync("经济发展局");
        var existing = (await hr.GetJsonAsync<PagedResultDto<PostDto>>($"{OrganizationApi.Posts}?maxResultCount=1")).Items[0].Code;
        var code = TestData.UniqueName("XP");
        var file = ExcelWorkbooks.Build(PostHeaders,
            [code, economy.Code, "招商专员", "Investment officer", "专业技术", 10, "员额", "非领导", 1, "1,2"],          // row 2: valid
            [code + "b", economy.Code, null, "Officer", "未知类别", 8, "行政编制", null, null, null],                   // row 3: required, enum
            [new string('C', 40), "9999.9999", "科员", "Officer", "管理", 8, "行政编制", null, null, null],            // row 4: too long, unknown unit
            [code + "c", economy.Code, "科员", "Officer", "管理", 12, "行政编制", null, 1.5, "1,99"],                  // row 5: level, FTE, clause
            [code, economy.Code, "科员", "Officer", "管理", 8, "行政编制", null, null, null],                          // row 6: duplicate in file
            [existing, economy.Code, "科员", "Officer", "管理", 8, "行政编制", null, null, null]);                     // row 7: duplicate in the database
        var before = await CountAsync(hr, OrganizationApi.Posts);

        // Act
        var dryRun = await hr.ImportAsync(OrganizationApi.Posts, file, dryRun: true);
        var real = await hr.ImportAsync(OrganizationApi.Posts, file, dryRun: false);

        // Assert
        dryRun.DryRun.ShouldBeTrue();
        dryRun.TotalRows.ShouldBe(6);
        dryRun.ImportedRows.ShouldBe(0);
        dryRun.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
        [
            (3, "岗位名称"), (3, "岗位类别"),
            (4, "岗位编码"), (4, "所属机构编码"),
            (5, "岗位等级"), (5, "折算全时当量"), (5, "对应职能条款"),
            (6, "岗位编码"),
            (7, "岗位编码"),
        ], ignoreOrder: true);
        Message(dryRun, 3, "岗位名称").ShouldBe("“岗位名称”为必填项。");
        Message(dryRun, 3, "岗位类别").ShouldStartWith("“岗位类别”的值“未知类别”无效");
        Message(dryRun, 4, "岗位编码").ShouldBe("“岗位编码”长度不能超过 32 个字符。");
        Message(dryRun, 4, "所属机构编码").ShouldBe("机构编码“9999.9999”不存在或已撤销。");
        Message(dryRun, 5, "岗位等级").ShouldBe("管理岗位的等级 12 无效，应为 1–10 级。");
        Message(dryRun, 5, "对应职能条款").ShouldBe("机构“经济发展局”没有第 99 条职能。");
        Message(dryRun, 6, "岗位编码").ShouldBe($"“岗位编码”的值“{code}”与文件第 2 行重复。");
        Message(dryRun, 7, "岗位编码").ShouldBe($"岗位编码“{existing}”已存在。");
        real.DryRun.ShouldBeFalse();
        real.ImportedRows.ShouldBe(0);
        real.Errors.Count.ShouldBe(dryRun.Errors.Count);
        (await CountAsync(hr, OrganizationApi.Posts)).ShouldBe(before);
        (await hr.GetJsonAsync<PagedResultDto<PostDto>>($"{OrganizationApi.Posts}?filter={code}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Bad_units_and_persons_are_reported_row_by_row_and_nothing_is_imported()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var mc = await hr.DemoUnitAsync("大连高新区管理委员会");
        var units = ExcelWorkbooks.Build(UnitHeaders,
            [mc.Code, "大部门（局）", "导入测试局", "Import Bureau", null, 1, null, null, "2026-01-01", null, "职能一\n职能二"], // row 2: valid
            ["0999", "委员会", null, "X", null, null, null, null, "2026-13-01", null, null],                            // row 3: parent, kind, name, date
            [mc.Code, "Department", "日期颠倒局", "Reversed", null, null, null, null, "2026-05-01", "2026-04-30", null]); // row 4: domain refusal
        var idNumber = OrganizationApi.NewIdNumber();
        var persons = ExcelWorkbooks.Build(PersonHeaders,
            ["导入甲", "女", "1990-01-02", idNumber, "硕士", null, null, null, "13800000000", "否"],
            ["导入乙", "未知", null, idNumber.ToLowerInvariant(), "研究生", null, null, null, "abc", "也许"],
            ["导入丙", "男", "1991-02-03", "12345", null, null, null, null, null, null]);
        var unitsBefore = await CountAsync(hr, OrganizationApi.Units);
        var personsBefore = await CountAsync(hr, OrganizationApi.Persons);

        // Act
        var unitResult = await hr.ImportAsync(OrganizationApi.Units, units, dryRun: false);
        var personResult = await hr.ImportAsync(OrganizationApi.Persons, persons, dryRun: true);

        // Assert
        unitResult.ImportedRows.ShouldBe(0);
        unitResult.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
            [(3, "上级机构编码"), (3, "机构类型"), (3, "机构名称"), (3, "生效日期"), (4, "失效日期")], ignoreOrder: true);
        Message(unitResult, 3, "上级机构编码").ShouldStartWith("上级机构“0999”不存在或已撤销");
        Message(unitResult, 3, "生效日期").ShouldBe("“生效日期”的值“2026-13-01”不是有效日期（例如 2026-01-31）。");
        Message(unitResult, 4, "失效日期").ShouldContain("不能早于生效日期");
        (await CountAsync(hr, OrganizationApi.Units)).ShouldBe(unitsBefore);

        personResult.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
        [
            (3, "性别"), (3, "出生日期"), (3, "身份证号"), (3, "学历"), (3, "联系电话"), (3, "身份封存"),
            (4, "身份证号"),
        ], ignoreOrder: true);
        // The row number locates the duplicate; the message (and its log line) repeats the ID number masked only.
        Message(personResult, 3, "身份证号").ShouldBe($"“身份证号”的值“{idNumber[..4]}**********{idNumber[^4..]}”与文件第 2 行重复。");
        Message(personResult, 4, "身份证号").ShouldBe("“身份证号”格式不正确。");
        (await CountAsync(hr, OrganizationApi.Persons)).ShouldBe(personsBefore);
    }

    [Fact]
    public async Task Error_messages_follow_the_callers_language_while_columns_stay_chinese()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        hr.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var file = ExcelWorkbooks.Build(PersonHeaders, ["Ann", "Female", "1990-01-02", "not-an-id", null, null, null, null, null, null]);

        // Act
        var result = await hr.ImportAsync(OrganizationApi.Persons, file, dryRun: true);

        // Assert
        result.Errors.ShouldHaveSingleItem().ShouldBe(new ImportRowErrorDto(2, "身份证号", "'身份证号' has an invalid format."));
    }

    [Fact]
    public async Task A_good_file_imports_all_rows_into_the_callers_zone_and_its_dry_run_writes_nothing()
    {
        // Arrange: a unit with a sub-unit named in the same file, posts in a demo unit, two persons; signed in to Chengde.
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var units = await hr.GetJsonAsync<PagedResultDto<OrgUnitDto>>($"{OrganizationApi.Units}?maxResultCount=1000");
        var mc = units.Items.Single(u => u.ParentId is null);
        var bureau = units.Items.First(u => u.Kind == OrgUnitKind.Department && u.Functions.Count >= 2);
        var unitFile = ExcelWorkbooks.Build(UnitHeaders,
            [mc.Code, "大部门（局）", "数据资源局", "Data Resources Bureau", "数据局", 20, "承高编〔2026〕3号", "2026-02-01", "2026-03-01", null, "统筹数据资源\n推进数字政府"],
            ["数据资源局", "内设机构（科室）", "数据治理科", "Data Governance Section", null, 1, null, null, "2026-03-01", null, "承担数据治理"]);
        var code1 = TestData.UniqueName("CP");
        var code2 = TestData.UniqueName("CP");
        var postFile = ExcelWorkbooks.Build(PostHeaders,
            [code1, bureau.Code, "数据专员", "Data officer", "专业技术", 9, "员额", "非领导", 1, "1、2"],
            [code2, bureau.Code, "普通工", "Worker", "工勤技能（普通工）", null, "聘用", null, 0.5, null]);
        var id1 = "1308" + OrganizationApi.NewIdNumber()[4..];
        var id2 = "1308" + OrganizationApi.NewIdNumber()[4..^1] + "x";
        var personFile = ExcelWorkbooks.Build(PersonHeaders,
            ["承德导入一", "男", new DateTime(1988, 8, 8), id1, "博士", "燕山大学", "计算机", "高级工程师", "0314-1234567", "是"],
            ["承德导入二", "Female", "1995/5/6", id2, null, null, null, null, null, null]);
        var before = (await CountAsync(hr, OrganizationApi.Units), await CountAsync(hr, OrganizationApi.Posts), await CountAsync(hr, OrganizationApi.Persons));
        var dalianBefore = (await CountAsync(dalian, OrganizationApi.Units), await CountAsync(dalian, OrganizationApi.Posts), await CountAsync(dalian, OrganizationApi.Persons));

        // Act
        var dryRuns = new[]
        {
            await hr.ImportAsync(OrganizationApi.Units, unitFile, dryRun: true),
            await hr.ImportAsync(OrganizationApi.Posts, postFile, dryRun: true),
            await hr.ImportAsync(OrganizationApi.Persons, personFile, dryRun: true),
        };
        var afterDryRun = (await CountAsync(hr, OrganizationApi.Units), await CountAsync(hr, OrganizationApi.Posts), await CountAsync(hr, OrganizationApi.Persons));
        var imports = new[]
        {
            await hr.ImportAsync(OrganizationApi.Units, unitFile, dryRun: false),
            await hr.ImportAsync(OrganizationApi.Posts, postFile, dryRun: false),
            await hr.ImportAsync(OrganizationApi.Persons, personFile, dryRun: false),
        };

        // Assert: the dry runs are clean and wrote nothing; the imports wrote every row.
        dryRuns.ShouldAllBe(r => r.DryRun && r.TotalRows == 2 && r.ImportedRows == 0 && r.Errors.Count == 0);
        afterDryRun.ShouldBe(before);
        imports.ShouldAllBe(r => !r.DryRun && r.TotalRows == 2 && r.ImportedRows == 2 && r.Errors.Count == 0);
        (await CountAsync(hr, OrganizationApi.Units)).ShouldBe(before.Item1 + 2);
        (await CountAsync(hr, OrganizationApi.Posts)).ShouldBe(before.Item2 + 2);
        (await CountAsync(hr, OrganizationApi.Persons)).ShouldBe(before.Item3 + 2);

        var all = await hr.GetJsonAsync<PagedResultDto<OrgUnitDto>>($"{OrganizationApi.Units}?maxResultCount=1000");
        var data = all.Items.Single(u => u.NameZh == "数据资源局");
        (data.ParentId, data.Kind, data.ShortName, data.SortOrder, data.ApprovalDocumentNumber).ShouldBe((mc.Id, OrgUnitKind.Department, "数据局", 20, "承高编〔2026〕3号"));
        (data.ApprovalDate, data.EffectiveFrom).ShouldBe((new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)));
        data.Functions.Select(f => f.Text).ShouldBe(["统筹数据资源", "推进数字政府"]);
        all.Items.Single(u => u.NameZh == "数据治理科").ParentId.ShouldBe(data.Id);

        var post1 = (await hr.GetJsonAsync<PagedResultDto<PostDto>>($"{OrganizationApi.Posts}?filter={code1}")).Items.Single();
        (post1.OrgUnitId, post1.Category, post1.Level, post1.StaffingType, post1.Fte).ShouldBe((bureau.Id, PostCategory.Professional, 9, StaffingType.Headcount, 1m));
        post1.DutyClauseIds.ShouldBe(bureau.Functions.Where(f => f.Number is 1 or 2).Select(f => f.Id), ignoreOrder: true);
        var post2 = (await hr.GetJsonAsync<PagedResultDto<PostDto>>($"{OrganizationApi.Posts}?filter={code2}")).Items.Single();
        (post2.Category, post2.Level, post2.StaffingType, post2.Fte).ShouldBe((PostCategory.Ordinary, (int?)null, StaffingType.Contract, 0.5m));

        var person1 = (await hr.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?filter=承德导入一")).Items.Single();
        (person1.Gender, person1.BirthDate, person1.IdNumber, person1.Degree, person1.SealedStatus).ShouldBe(
            (Gender.Male, new DateOnly(1988, 8, 8), id1, EducationDegree.Doctorate, true));
        var person2 = (await hr.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?filter=承德导入二")).Items.Single();
        (person2.Gender, person2.BirthDate, person2.IdNumber, person2.SealedStatus).ShouldBe((Gender.Female, new DateOnly(1995, 5, 6), id2.ToUpperInvariant(), false));

        // Zone isolation: the rows landed in Chengde only.
        (await CountAsync(dalian, OrganizationApi.Units), await CountAsync(dalian, OrganizationApi.Posts), await CountAsync(dalian, OrganizationApi.Persons))
            .ShouldBe(dalianBefore);
        (await dalian.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?filter=承德导入")).TotalCount.ShouldBe(0);
        (await dalian.DownloadAsync($"{OrganizationApi.Units}/export")).Rows.ShouldNotContain(r => (string?)r["机构名称"] == "数据资源局");
        (await hr.DownloadAsync($"{OrganizationApi.Units}/export")).Rows.ShouldContain(r => (string?)r["机构名称"] == "数据资源局");
    }

    [Fact]
    public async Task A_unit_code_of_another_zone_is_unknown()
    {
        // Arrange: codes are per zone, so Dalian makes one Jiangyin cannot have (a fourth layer, deeper than any demo tree).
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var jiangyin = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        var mc = await dalian.DemoUnitAsync("大连高新区管理委员会");
        var bureau = await dalian.CreateUnitAsync("大连独有局", mc.Id);
        var section = await dalian.CreateUnitAsync("大连独有科", bureau.Id);
        var created = await dalian.CreateUnitAsync("大连独有组", section.Id);
        var jiangyinCodes = (await jiangyin.GetJsonAsync<PagedResultDto<OrgUnitDto>>($"{OrganizationApi.Units}?maxResultCount=1000")).Items.Select(u => u.Code);
        jiangyinCodes.ShouldNotContain(created.Code);
        var file = ExcelWorkbooks.Build(PostHeaders, [TestData.UniqueName("JP"), created.Code, "科员", "Officer", "管理", 9, "行政编制", null, null, null]);

        // Act
        var result = await jiangyin.ImportAsync(OrganizationApi.Posts, file, dryRun: true);

        // Assert
        result.Errors.ShouldHaveSingleItem().Column.ShouldBe("所属机构编码");
    }

    [Fact]
    public async Task A_sheet_without_a_required_column_is_refused_at_the_header_row()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var file = ExcelWorkbooks.Build(["姓名", "性别"], ["张三", "男"]);

        // Act
        var result = await hr.ImportAsync(OrganizationApi.Persons, file, dryRun: true);

        // Assert
        result.Errors.Select(e => (e.Row, e.Column, e.Message)).ShouldBe(
            [(1, "出生日期", "缺少列“出生日期”。"), (1, "身份证号", "缺少列“身份证号”。")]);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task An_unreadable_or_oversized_file_is_refused_with_05019(string resource)
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var oversized = new byte[ExcelConsts.MaxUploadBytes + 1];

        // Act
        using var notExcel = await hr.UploadAsync(resource, "name,code\n张三,1"u8.ToArray(), dryRun: true, "import.csv");
        using var tooLarge = await hr.UploadAsync(resource, oversized, dryRun: true);

        // Assert
        var problem = await notExcel.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ImportFileInvalid);
        problem.Detail.ShouldBe("无法读取上传的 Excel 文件：不是有效的 .xlsx 工作簿");
        (await tooLarge.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ImportFileInvalid)).Detail.ShouldBe(
            "无法读取上传的 Excel 文件：文件超过 5 MB");
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Talent_may_not_export_or_import_and_leaders_may_export_but_not_import(string resource)
    {
        // Arrange
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var file = ExcelWorkbooks.Build(["x"], ["y"]);

        // Act
        using var talentExport = await talent.GetAsync($"{resource}/export");
        using var talentTemplate = await talent.GetAsync($"{resource}/import-template");
        using var talentImport = await talent.UploadAsync(resource, file, dryRun: true);
        using var leaderExport = await leader.GetAsync($"{resource}/export");
        using var leaderImport = await leader.UploadAsync(resource, file, dryRun: true);

        // Assert
        await talentExport.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        await talentTemplate.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        await talentImport.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        leaderExport.StatusCode.ShouldBe(HttpStatusCode.OK);
        await leaderImport.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        // Arrange
        using var anonymous = factory.CreateAnonymousClient();

        // Act
        using var response = await anonymous.GetAsync($"{OrganizationApi.Units}/export");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static string Message(ImportResultDto result, int row, string column) =>
        result.Errors.Single(e => e.Row == row && e.Column == column).Message;

    private static async Task<long> CountAsync(HttpClient client, string resource) =>
        (await client.GetJsonAsync<PagedResultDto<System.Text.Json.JsonElement>>($"{resource}?maxResultCount=1")).TotalCount;
}
