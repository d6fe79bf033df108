using System.Net;
using TalentReform.Dtos;

namespace TalentReform.Organization;

/// <summary>Units through the API: tree, move, concurrency, abolition and zone isolation.</summary>
public class OrgUnitTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Hr_creates_a_unit_tree_with_path_codes_and_functions()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        var root = await hr.CreateUnitAsync("管委会");
        var bureau = await hr.CreateUnitAsync("人才服务局", root.Id, "拟订人才政策", "组织人才认定");
        var section = await hr.CreateUnitAsync("人才认定科", bureau.Id);
        var tree = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree");

        // Assert
        bureau.Code.ShouldBe(root.Code + ".0001");
        section.Code.ShouldBe(bureau.Code + ".0001");
        bureau.Functions.Select(f => (f.Number, f.Text)).ShouldBe([(1, "拟订人才政策"), (2, "组织人才认定")]);
        var node = tree.Items.Single(n => n.Id == root.Id);
        node.Children.Single().Id.ShouldBe(bureau.Id);
        node.Children.Single().Children.Single().Id.ShouldBe(section.Id);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_descendant_is_refused_and_a_valid_move_rebases_the_subtree()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var root = await hr.CreateUnitAsync("管委会（移动）");
        var bureau = await hr.CreateUnitAsync("经济发展局", root.Id);
        var section = await hr.CreateUnitAsync("综合科", bureau.Id);
        var other = await hr.CreateUnitAsync("科技创新局", root.Id);

        // Act
        using var refused = await hr.PostJsonAsync($"{OrganizationApi.Units}/{bureau.Id}/move", new { parentId = section.Id, bureau.ConcurrencyStamp });
        using var moved = await hr.PostJsonAsync($"{OrganizationApi.Units}/{bureau.Id}/move", new { parentId = other.Id, bureau.ConcurrencyStamp });

        // Assert
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.OrgUnitCannotMoveUnderDescendant);
        problem.Detail.ShouldBe("不能把机构“经济发展局”移到它的下级机构“综合科”下面。");
        var movedBureau = await moved.ShouldSucceedAsync<OrgUnitDto>();
        movedBureau.ParentId.ShouldBe(other.Id);
        movedBureau.Code.ShouldBe(other.Code + ".0001");
        var movedSection = await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{section.Id}");
        movedSection.Code.ShouldBe(movedBureau.Code + ".0001");
    }

    [Fact]
    public async Task Duty_clauses_keep_their_ids_when_edited_and_a_clause_cited_by_a_post_cannot_be_dropped()
    {
        // Arrange: a post serves clause 2.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync("行政审批局（三定）", null, "受理行政许可事项", "组织政务服务");
        var (first, second) = (unit.Functions[0], unit.Functions[1]);
        using var postResponse = await hr.PostJsonAsync(OrganizationApi.Posts, new
        {
            orgUnitId = unit.Id, code = TestData.UniqueName("F"), titleZh = "窗口", titleEn = "Counter", category = "Professional", level = 10,
            staffingType = "PublicInstitution", fte = 1.0, dutyClauseIds = new[] { second.Id },
        });
        (await postResponse.ShouldSucceedAsync<Staffing.PostDto>()).DutyClauseIds.ShouldBe([second.Id]);

        // Act: reorder and reword, then try to drop the cited clause.
        using var edited = await hr.PutJsonAsync($"{OrganizationApi.Units}/{unit.Id}", new
        {
            kind = unit.Kind, nameZh = unit.NameZh, nameEn = unit.NameEn, effectiveFrom = unit.EffectiveFrom, concurrencyStamp = unit.ConcurrencyStamp,
            functions = new object[] { new { id = second.Id, text = "组织政务服务和“一件事”办理" }, new { id = first.Id, text = first.Text } },
        });
        var afterEdit = await edited.ShouldSucceedAsync<OrgUnitDto>();
        using var dropped = await hr.PutJsonAsync($"{OrganizationApi.Units}/{unit.Id}", new
        {
            kind = unit.Kind, nameZh = unit.NameZh, nameEn = unit.NameEn, effectiveFrom = unit.EffectiveFrom, concurrencyStamp = afterEdit.ConcurrencyStamp,
            functions = new object[] { new { id = first.Id, text = first.Text } },
        });

        // Assert
        afterEdit.Functions.ShouldBe([new OrgUnitFunctionDto(second.Id, 1, "组织政务服务和“一件事”办理"), new OrgUnitFunctionDto(first.Id, 2, first.Text)]);
        var problem = await dropped.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.OrgUnitFunctionCitedByPost);
        problem.Detail.ShouldBe("第 1 条职能“组织政务服务和“一件事”办理”仍有岗位引用，不能删除。");
        (await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{unit.Id}")).Functions.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_tree_as_of_a_date_shows_only_units_effective_on_that_date()
    {
        // Arrange: a planned unit (from 2027) and one abolished today.
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        var root = await hr.CreateUnitAsync("江阴管委会");
        using var plannedResponse = await hr.PostJsonAsync(OrganizationApi.Units, new
        {
            parentId = root.Id, kind = "PublicInstitution", nameZh = "数据中心（筹）", nameEn = "Data centre", effectiveFrom = "2027-01-01",
        });
        var planned = await plannedResponse.ShouldSucceedAsync<OrgUnitDto>();
        var closed = await hr.CreateUnitAsync("临时专班", root.Id);
        using var abolished = await hr.DeleteAsync($"{OrganizationApi.Units}/{closed.Id}");
        abolished.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Act
        var now = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree?asOf=2026-06-01");
        var later = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree?asOf=2030-02-01");

        // Assert: on 2026-06-01 the closed unit still existed (it ends today) and the planned one did not yet.
        now.Items.Single(n => n.Id == root.Id).Children.Select(c => c.Id).ShouldBe([closed.Id]);
        later.Items.Single(n => n.Id == root.Id).Children.Select(c => c.Id).ShouldBe([planned.Id]);
    }

    [Fact]
    public async Task The_tree_as_of_yesterday_shows_a_unit_at_its_old_parent_after_a_move_today()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        var a = await hr.CreateUnitAsync("甲局（历史）");
        var b = await hr.CreateUnitAsync("乙科（历史）");
        var today = DateOnly.FromDateTime(DateTime.Now);

        // Act: move B under A (effective today), then rename it.
        using var moved = await hr.PostJsonAsync($"{OrganizationApi.Units}/{b.Id}/move", new { parentId = a.Id, b.ConcurrencyStamp });
        var afterMove = await moved.ShouldSucceedAsync<OrgUnitDto>();
        using var renamed = await hr.PutJsonAsync($"{OrganizationApi.Units}/{b.Id}", Update(afterMove, "乙科（改名）", afterMove.ConcurrencyStamp));
        await renamed.ShouldSucceedAsync();
        var yesterday = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree?asOf={today.AddDays(-1):yyyy-MM-dd}");
        var now = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree?asOf={today:yyyy-MM-dd}");

        // Assert: yesterday B was a root with its old code and name; today it sits under A, renamed.
        var before = yesterday.Items.Single(n => n.Id == b.Id);
        (before.ParentId, before.Code, before.NameZh).ShouldBe(((Guid?)null, b.Code, "乙科（历史）"));
        yesterday.Items.Single(n => n.Id == a.Id).Children.ShouldBeEmpty();
        now.Items.ShouldNotContain(n => n.Id == b.Id);
        var child = now.Items.Single(n => n.Id == a.Id).Children.ShouldHaveSingleItem();
        (child.Id, child.Code, child.NameZh).ShouldBe((b.Id, afterMove.Code, "乙科（改名）"));
    }

    [Fact]
    public async Task Update_with_a_stale_concurrency_stamp_is_409()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync("综合办公室");
        using var first = await hr.PutJsonAsync($"{OrganizationApi.Units}/{unit.Id}", Update(unit, "综合办公室（一）", unit.ConcurrencyStamp));
        var saved = await first.ShouldSucceedAsync<OrgUnitDto>();

        // Act
        using var second = await hr.PutJsonAsync($"{OrganizationApi.Units}/{unit.Id}", Update(unit, "综合办公室（二）", unit.ConcurrencyStamp));

        // Assert
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        (await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{unit.Id}")).NameZh.ShouldBe(saved.NameZh);
    }

    [Fact]
    public async Task Abolishing_a_unit_with_children_is_refused_and_an_empty_unit_leaves_the_tree()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var parent = await hr.CreateUnitAsync("综合执法局");
        var child = await hr.CreateUnitAsync("执法一队", parent.Id);

        // Act
        using var refused = await hr.DeleteAsync($"{OrganizationApi.Units}/{parent.Id}");
        using var abolished = await hr.DeleteAsync($"{OrganizationApi.Units}/{child.Id}");

        // Assert
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.OrgUnitHasChildren);
        abolished.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await hr.GetJsonAsync<OrgUnitDto>($"{OrganizationApi.Units}/{child.Id}")).IsAbolished.ShouldBeTrue();
        var tree = await hr.GetJsonAsync<ListResultDto<OrgUnitTreeNodeDto>>($"{OrganizationApi.Units}/tree");
        tree.Items.Single(n => n.Id == parent.Id).Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_zones_unit_is_404_for_read_update_move_and_delete()
    {
        // Arrange
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await chengde.CreateUnitAsync("承德政务服务中心");
        var url = $"{OrganizationApi.Units}/{unit.Id}";

        // Act
        using var get = await dalian.GetAsync(url);
        using var put = await dalian.PutJsonAsync(url, Update(unit, "被改名", unit.ConcurrencyStamp));
        using var move = await dalian.PostJsonAsync($"{url}/move", new { parentId = (Guid?)null, unit.ConcurrencyStamp });
        using var delete = await dalian.DeleteAsync(url);
        var list = await dalian.GetJsonAsync<PagedResultDto<OrgUnitDto>>($"{OrganizationApi.Units}?maxResultCount=1000");

        // Assert
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await put.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await move.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        list.Items.ShouldNotContain(u => u.Id == unit.Id);
        (await chengde.GetJsonAsync<OrgUnitDto>(url)).NameZh.ShouldBe("承德政务服务中心");
    }

    [Fact]
    public async Task A_unit_of_another_zone_cannot_be_used_as_parent()
    {
        // Arrange
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var foreign = await chengde.CreateUnitAsync("承德管委会");

        // Act
        using var response = await dalian.PostJsonAsync(OrganizationApi.Units, new
        {
            parentId = foreign.Id, kind = "Section", nameZh = "越界科", nameEn = "Trespass", effectiveFrom = "2026-01-01",
        });

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
    }

    private static object Update(OrgUnitDto unit, string nameZh, string stamp) => new
    {
        kind = unit.Kind, nameZh, nameEn = unit.NameEn, effectiveFrom = unit.EffectiveFrom, concurrencyStamp = stamp,
    };
}
