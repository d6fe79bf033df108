using TalentReform.Organization;

namespace TalentReform.Organization;

/// <summary>Writes through <see cref="IOrgUnitAppService"/>: concurrency stamps, zone isolation and refusals that change nothing.</summary>
public class OrgUnitWriteTests : ApplicationTestBase
{
    private Task<T> Units<T>(Func<IOrgUnitAppService, Task<T>> action) => Database.WithAsync(action);

    private static CreateOrgUnitDto NewSection(Guid parentId, string nameZh = "成果转化科") => new()
    {
        ParentId = parentId,
        Kind = OrgUnitKind.Section,
        NameZh = nameZh,
        NameEn = "Technology Transfer Section",
        EffectiveFrom = SmallTestData.EffectiveFrom,
        Functions = [new OrgUnitFunctionInput { Text = "负责科技成果转化" }],
    };

    private static UpdateOrgUnitDto Rename(OrgUnitDto unit, string nameZh) => new()
    {
        Kind = unit.Kind,
        NameZh = nameZh,
        NameEn = unit.NameEn,
        EffectiveFrom = unit.EffectiveFrom,
        Functions = unit.Functions.Select(f => new OrgUnitFunctionInput { Id = f.Id, Text = f.Text }).ToList(),
        ConcurrencyStamp = unit.ConcurrencyStamp,
    };

    private Task<long> CountAsync(bool includeAbolished = true) =>
        Units(async s => (await s.GetListAsync(new GetOrgUnitsInput { IncludeAbolished = includeAbolished, MaxResultCount = 1000 })).TotalCount);

    [Fact]
    public async Task A_created_unit_gets_the_next_code_under_its_parent_and_the_callers_zone()
    {
        var created = await Units(s => s.CreateAsync(NewSection(SmallTestData.Alpha.Science.Id)));

        created.Code.ShouldBe("0001.0001.0002");
        created.ParentId.ShouldBe(SmallTestData.Alpha.Science.Id);
        created.Functions.Select(f => f.Text).ShouldBe(["负责科技成果转化"]);
        (await Units(s => s.GetAsync(created.Id))).NameZh.ShouldBe("成果转化科");
        CurrentUser.ZoneId = SmallTestData.Beta.ZoneId;
        await Should.ThrowAsync<EntityNotFoundException>(() => Units(s => s.GetAsync(created.Id)));
    }

    [Fact]
    public async Task Create_update_then_an_update_with_the_stale_stamp_is_a_conflict_and_keeps_the_first_update()
    {
        var created = await Units(s => s.CreateAsync(NewSection(SmallTestData.Alpha.Science.Id)));
        var updated = await Units(s => s.UpdateAsync(created.Id, Rename(created, "成果转化服务科")));

        updated.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Units(s => s.UpdateAsync(created.Id, Rename(created, "过期的名称"))));
        (await Units(s => s.GetAsync(created.Id))).NameZh.ShouldBe("成果转化服务科");
    }

    [Fact]
    public async Task A_user_of_another_zone_can_neither_read_nor_change_nor_abolish_the_unit()
    {
        var science = await Units(s => s.GetAsync(SmallTestData.Alpha.Science.Id));
        CurrentUser.ZoneId = SmallTestData.Beta.ZoneId;

        var list = await Units(s => s.GetListAsync(new GetOrgUnitsInput { IncludeAbolished = true }));
        await Should.ThrowAsync<EntityNotFoundException>(() => Units(s => s.UpdateAsync(science.Id, Rename(science, "被改名"))));
        await Should.ThrowAsync<EntityNotFoundException>(() => Database.WithAsync<IOrgUnitAppService>(s => s.DeleteAsync(science.Id)));

        list.Items.Select(u => u.Id).ShouldBe([SmallTestData.Beta.Committee.Id]);
        CurrentUser.ZoneId = SmallTestData.Alpha.ZoneId;
        var after = await Units(s => s.GetAsync(science.Id));
        after.NameZh.ShouldBe(science.NameZh);
        after.IsAbolished.ShouldBeFalse();
        after.ConcurrencyStamp.ShouldBe(science.ConcurrencyStamp);
    }

    [Fact]
    public async Task A_parent_of_another_zone_is_not_found_and_nothing_is_created()
    {
        var before = await CountAsync();

        await Should.ThrowAsync<EntityNotFoundException>(() => Units(s => s.CreateAsync(NewSection(SmallTestData.Beta.Committee.Id))));

        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_platform_admin_without_a_zone_cannot_create_units_and_nothing_is_stored()
    {
        CurrentUser.ZoneId = null;

        var refusal = await Should.ThrowAsync<BusinessException>(() => Units(s => s.CreateAsync(NewSection(SmallTestData.Alpha.Science.Id))));

        refusal.Code.ShouldBe(TalentReformErrorCodes.ZoneRequired);
        CurrentUser.ZoneId = SmallTestData.Alpha.ZoneId;
        (await CountAsync()).ShouldBe(SmallTestData.Alpha.Units.Count);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_own_descendant_is_refused_and_the_tree_is_unchanged()
    {
        var science = await Units(s => s.GetAsync(SmallTestData.Alpha.Science.Id));

        var refusal = await Should.ThrowAsync<BusinessException>(() => Units(s =>
            s.MoveAsync(science.Id, new MoveOrgUnitDto { ParentId = SmallTestData.Alpha.Research.Id, ConcurrencyStamp = science.ConcurrencyStamp })));

        refusal.Code.ShouldBe(TalentReformErrorCodes.OrgUnitCannotMoveUnderDescendant);
        (await Units(s => s.GetAsync(SmallTestData.Alpha.Science.Id))).Code.ShouldBe(SmallTestData.Alpha.Science.Code);
        (await Units(s => s.GetAsync(SmallTestData.Alpha.Research.Id))).Code.ShouldBe(SmallTestData.Alpha.Research.Code);
    }

    [Fact]
    public async Task A_move_carries_the_subtree_codes_along()
    {
        var science = await Units(s => s.GetAsync(SmallTestData.Alpha.Science.Id));

        var moved = await Units(s => s.MoveAsync(science.Id, new MoveOrgUnitDto { ParentId = SmallTestData.Alpha.Economy.Id, ConcurrencyStamp = science.ConcurrencyStamp }));

        moved.Code.ShouldBe("0001.0002.0001");
        (await Units(s => s.GetAsync(SmallTestData.Alpha.Research.Id))).Code.ShouldBe("0001.0002.0001.0001");
    }

    [Fact]
    public async Task A_unit_with_sub_units_cannot_be_abolished_and_stays_current()
    {
        var refusal = await Should.ThrowAsync<BusinessException>(() => Database.WithAsync<IOrgUnitAppService>(s => s.DeleteAsync(SmallTestData.Alpha.Science.Id)));

        refusal.Code.ShouldBe(TalentReformErrorCodes.OrgUnitHasChildren);
        (await Units(s => s.GetAsync(SmallTestData.Alpha.Science.Id))).IsAbolished.ShouldBeFalse();
        (await CountAsync(includeAbolished: false)).ShouldBe(SmallTestData.Alpha.Units.Count);
    }

    [Fact]
    public async Task An_abolished_unit_cannot_be_updated_nor_receive_children()
    {
        await Database.WithAsync<IOrgUnitAppService>(s => s.DeleteAsync(SmallTestData.Alpha.Economy.Id));
        var economy = await Units(s => s.GetAsync(SmallTestData.Alpha.Economy.Id));

        (await Should.ThrowAsync<BusinessException>(() => Units(s => s.UpdateAsync(economy.Id, Rename(economy, "复活")))))
            .Code.ShouldBe(TalentReformErrorCodes.OrgUnitAbolished);
        (await Should.ThrowAsync<BusinessException>(() => Units(s => s.CreateAsync(NewSection(economy.Id)))))
            .Code.ShouldBe(TalentReformErrorCodes.OrgUnitAbolished);
        (await CountAsync()).ShouldBe(SmallTestData.Alpha.Units.Count);
    }
}
