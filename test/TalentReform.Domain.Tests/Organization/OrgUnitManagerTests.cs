using TalentReform.Fakes;
using TalentReform.Staffing;

namespace TalentReform.Organization;

public class OrgUnitManagerTests
{
    private readonly DomainServices _domain = new();

    [Fact]
    public async Task New_units_get_the_next_free_code_under_their_parent()
    {
        // Act
        var root = await _domain.UnitAsync("管委会");
        var a = await _domain.UnitAsync("综合办公室", root);
        var b = await _domain.UnitAsync("经济发展局", root);
        var section = await _domain.UnitAsync("综合科", b);

        // Assert
        (root.Code, a.Code, b.Code, section.Code).ShouldBe(("0001", "0001.0001", "0001.0002", "0001.0002.0001"));
    }

    [Fact]
    public async Task Moving_a_unit_rebases_its_whole_subtree()
    {
        // Arrange
        var root = await _domain.UnitAsync("管委会");
        var a = await _domain.UnitAsync("甲局", root);
        var b = await _domain.UnitAsync("乙局", root);
        var section = await _domain.UnitAsync("乙局一科", b);
        var team = await _domain.UnitAsync("乙局一科一组", section);

        // Act
        await _domain.OrgUnits.MoveAsync(b, a.Id);

        // Assert
        b.Code.ShouldBe("0001.0001.0001");
        section.Code.ShouldBe("0001.0001.0001.0001");
        team.Code.ShouldBe("0001.0001.0001.0001.0001");
    }

    [Fact]
    public async Task Moving_under_a_descendant_is_refused_before_any_code_changes()
    {
        // Arrange
        var root = await _domain.UnitAsync("管委会");
        var bureau = await _domain.UnitAsync("局", root);
        var section = await _domain.UnitAsync("科", bureau);

        // Act
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.OrgUnits.MoveAsync(bureau, section.Id));

        // Assert
        error.Code.ShouldBe(TalentReformErrorCodes.OrgUnitCannotMoveUnderDescendant);
        (bureau.Code, section.Code).ShouldBe(("0001.0001", "0001.0001.0001"));
    }

    [Fact]
    public async Task A_tree_deeper_than_the_limit_is_refused_with_422()
    {
        // Arrange
        OrgUnit? parent = null;
        for (var depth = 1; depth <= OrgUnitConsts.MaxDepth; depth++)
        {
            parent = await _domain.UnitAsync("第" + depth + "层", parent);
        }

        // Act
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.UnitAsync("过深", parent));

        // Assert
        error.Code.ShouldBe(TalentReformErrorCodes.OrgUnitTooDeep);
        error.Status.ShouldBe(422);
        error.Args.ShouldBe([OrgUnitConsts.MaxDepth]);
    }

    [Fact]
    public async Task Abolishing_a_unit_that_still_has_posts_is_refused()
    {
        // Arrange
        var unit = await _domain.UnitAsync("科技创新局");
        await _domain.PostAsync(unit);

        // Act
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.OrgUnits.AbolishAsync(unit, DomainServices.Day));

        // Assert
        error.Code.ShouldBe(TalentReformErrorCodes.OrgUnitHasPosts);
        unit.IsAbolished.ShouldBeFalse();
    }

    [Fact]
    public async Task A_duty_clause_cited_by_a_post_cannot_be_dropped_but_an_uncited_one_can()
    {
        // Arrange
        var unit = await _domain.UnitAsync("人才服务局", null, "拟订人才政策", "组织人才认定");
        var (cited, free) = (unit.Functions[0], unit.Functions[1]);
        await _domain.PostAsync(unit, duties: cited.Id);

        // Act + Assert
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.OrgUnits.SetFunctionsAsync(unit, [(free.Id, free.Text)]));
        error.Code.ShouldBe(TalentReformErrorCodes.OrgUnitFunctionCitedByPost);
        await _domain.OrgUnits.SetFunctionsAsync(unit, [(cited.Id, cited.Text)]);
        unit.Functions.Select(f => f.Id).ShouldBe([cited.Id]);
    }

    [Fact]
    public async Task A_second_leadership_quota_for_a_unit_is_a_conflict()
    {
        // Arrange
        var unit = await _domain.UnitAsync("综合执法局");
        await _domain.LeadershipQuotas.InsertAsync(await _domain.OrgUnits.CreateLeadershipQuotaAsync(DomainServices.ZoneId, unit.Id, 1, 2));

        // Act
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.OrgUnits.CreateLeadershipQuotaAsync(DomainServices.ZoneId, unit.Id, 1, 1));

        // Assert
        error.Code.ShouldBe(TalentReformErrorCodes.LeadershipQuotaAlreadyExists);
        error.Status.ShouldBe(409);
    }

    [Fact]
    public async Task Lowering_a_leadership_quota_below_its_posts_is_refused()
    {
        // Arrange
        var unit = await _domain.UnitAsync("经济发展局");
        var quota = await _domain.OrgUnits.CreateLeadershipQuotaAsync(DomainServices.ZoneId, unit.Id, 1, 2);
        await _domain.LeadershipQuotas.InsertAsync(quota);
        await _domain.PostAsync(unit, role: LeadershipRole.Deputy);
        await _domain.PostAsync(unit, role: LeadershipRole.Deputy);

        // Act
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.OrgUnits.SetLeadershipQuotaAsync(quota, 1, 1));

        // Assert
        error.Code.ShouldBe(TalentReformErrorCodes.LeadershipQuotaBelowUsage);
        quota.Deputies.ShouldBe(2);
    }
}
