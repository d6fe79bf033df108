using TalentReform.Organization;

namespace TalentReform.Organization;

/// <summary>Paging, sorting and filters of <see cref="IOrgUnitAppService.GetListAsync"/> over the small seed's zone Alpha.</summary>
public class OrgUnitListTests : ApplicationTestBase
{
    private Task<Dtos.PagedResultDto<OrgUnitDto>> ListAsync(GetOrgUnitsInput input) =>
        Database.WithAsync<IOrgUnitAppService, Dtos.PagedResultDto<OrgUnitDto>>(s => s.GetListAsync(input));

    [Fact]
    public async Task Pages_are_disjoint_ordered_by_code_and_together_hold_every_unit_of_the_zone()
    {
        var first = await ListAsync(new GetOrgUnitsInput { MaxResultCount = 3 });
        var second = await ListAsync(new GetOrgUnitsInput { SkipCount = 3, MaxResultCount = 3 });

        first.TotalCount.ShouldBe(SmallTestData.Alpha.Units.Count);
        second.TotalCount.ShouldBe(SmallTestData.Alpha.Units.Count);
        first.Items.Count.ShouldBe(3);
        second.Items.Count.ShouldBe(1);
        first.Items.Concat(second.Items).Select(u => u.Code)
            .ShouldBe(SmallTestData.Alpha.Units.Select(u => u.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sorting_by_a_field_descending_reverses_the_ascending_order()
    {
        var ascending = await ListAsync(new GetOrgUnitsInput { Sorting = "nameEn" });
        var descending = await ListAsync(new GetOrgUnitsInput { Sorting = "nameEn desc" });

        ascending.Items.Select(u => u.NameEn).ShouldBe(SmallTestData.Alpha.Units.Select(u => u.NameEn).Order(StringComparer.Ordinal));
        descending.Items.Select(u => u.NameEn).ShouldBe(ascending.Items.Select(u => u.NameEn).Reverse());
    }

    [Fact]
    public async Task An_unknown_sort_field_falls_back_to_the_code_order()
    {
        var list = await ListAsync(new GetOrgUnitsInput { Sorting = "passwordHash desc" });

        list.Items.Select(u => u.Code).ShouldBe(SmallTestData.Alpha.Units.Select(u => u.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_filter_matches_either_name_or_a_code_prefix()
    {
        var byChineseName = await ListAsync(new GetOrgUnitsInput { Filter = "科研" });
        var byEnglishName = await ListAsync(new GetOrgUnitsInput { Filter = "Economic" });
        var byCodePrefix = await ListAsync(new GetOrgUnitsInput { Filter = "0001.0001" });

        byChineseName.Items.Select(u => u.Id).ShouldBe([SmallTestData.Alpha.Research.Id]);
        byEnglishName.Items.Select(u => u.Id).ShouldBe([SmallTestData.Alpha.Economy.Id]);
        byCodePrefix.Items.Select(u => u.Id).ShouldBe([SmallTestData.Alpha.Science.Id, SmallTestData.Alpha.Research.Id]);
        byCodePrefix.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Kind_and_parent_filters_narrow_the_list_and_the_total()
    {
        var departments = await ListAsync(new GetOrgUnitsInput { Kind = OrgUnitKind.Department });
        var children = await ListAsync(new GetOrgUnitsInput { ParentId = SmallTestData.Alpha.Committee.Id });

        departments.TotalCount.ShouldBe(2);
        departments.Items.Select(u => u.Id).ShouldBe([SmallTestData.Alpha.Science.Id, SmallTestData.Alpha.Economy.Id]);
        children.Items.Select(u => u.Id).ShouldBe([SmallTestData.Alpha.Science.Id, SmallTestData.Alpha.Economy.Id]);
    }

    [Fact]
    public async Task An_abolished_unit_leaves_the_list_unless_asked_for()
    {
        await Database.WithAsync<IOrgUnitAppService>(s => s.DeleteAsync(SmallTestData.Alpha.Economy.Id));

        var current = await ListAsync(new GetOrgUnitsInput());
        var all = await ListAsync(new GetOrgUnitsInput { IncludeAbolished = true });

        current.Items.Select(u => u.Id).ShouldNotContain(SmallTestData.Alpha.Economy.Id);
        current.TotalCount.ShouldBe(SmallTestData.Alpha.Units.Count - 1);
        all.Items.Single(u => u.Id == SmallTestData.Alpha.Economy.Id).IsAbolished.ShouldBeTrue();
    }

    [Fact]
    public async Task The_tree_nests_the_zones_units_under_their_parents()
    {
        var tree = await Database.WithAsync<IOrgUnitAppService, Dtos.ListResultDto<OrgUnitTreeNodeDto>>(s => s.GetTreeAsync(new GetOrgUnitTreeInput()));

        var root = tree.Items.ShouldHaveSingleItem();
        root.Id.ShouldBe(SmallTestData.Alpha.Committee.Id);
        root.Children.Select(c => c.Id).ShouldBe([SmallTestData.Alpha.Science.Id, SmallTestData.Alpha.Economy.Id]);
        root.Children[0].Children.Select(c => c.Id).ShouldBe([SmallTestData.Alpha.Research.Id]);
        root.Children[1].Children.ShouldBeEmpty();
    }
}
