using TalentReform.Localization;

namespace TalentReform.Organization;

public class OrgUnitTests
{
    private static readonly Guid ZoneId = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 1, 1);

    [Fact]
    public void Moving_a_unit_under_itself_is_refused()
    {
        // Arrange
        var unit = Unit(null, "0001", "管委会");

        // Act + Assert
        var error = ((Action)(() => unit.MoveTo(unit, "0002"))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitCannotMoveUnderItself);
        error.Message(LocalizationCultures.Default).ShouldContain("管委会");
        unit.Code.ShouldBe("0001");
    }

    [Fact]
    public void Moving_a_unit_under_its_descendant_is_refused_and_changes_nothing()
    {
        // Arrange
        var root = Unit(null, "0001", "管委会");
        var bureau = Unit(root, "0001.0001", "经济发展局");
        var section = Unit(bureau, "0001.0001.0001", "综合科");

        // Act + Assert
        var error = ((Action)(() => bureau.MoveTo(section, "0001.0001.0001.0001"))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitCannotMoveUnderDescendant);
        error.Message(LocalizationCultures.Default).ShouldContain("综合科");
        bureau.ParentId.ShouldBe(root.Id);
        bureau.Code.ShouldBe("0001.0001");
    }

    [Fact]
    public void Moving_under_a_sibling_changes_parent_and_code()
    {
        // Arrange
        var root = Unit(null, "0001", "管委会");
        var a = Unit(root, "0001.0001", "甲局");
        var b = Unit(root, "0001.0002", "乙局");

        // Act
        b.MoveTo(a, "0001.0001.0003");

        // Assert
        b.ParentId.ShouldBe(a.Id);
        b.Code.ShouldBe("0001.0001.0003");
        b.Depth.ShouldBe(3);
    }

    [Fact]
    public void Abolishing_a_unit_with_children_or_posts_is_refused()
    {
        // Arrange
        var unit = Unit(null, "0001", "科技创新局");

        // Act + Assert
        var children = ((Action)(() => unit.Abolish(Day, activeChildCount: 2, postCount: 0))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitHasChildren);
        children.Message(LocalizationCultures.Default).ShouldBe("机构“科技创新局”还有 2 个下级机构，不能撤销。");
        ((Action)(() => unit.Abolish(Day, activeChildCount: 0, postCount: 5))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitHasPosts);
        unit.IsAbolished.ShouldBeFalse();
    }

    [Fact]
    public void Abolishing_an_empty_unit_ends_it_and_a_second_abolition_is_refused()
    {
        // Arrange
        var unit = Unit(null, "0001", "行政审批局");

        // Act
        unit.Abolish(new DateOnly(2026, 6, 30), 0, 0);

        // Assert
        unit.IsAbolished.ShouldBeTrue();
        unit.EffectiveTo.ShouldBe(new DateOnly(2026, 6, 30));
        unit.IsEffectiveOn(new DateOnly(2026, 6, 30)).ShouldBeTrue();
        unit.IsEffectiveOn(new DateOnly(2026, 7, 1)).ShouldBeFalse();
        ((Action)(() => unit.Abolish(Day, 0, 0))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitAbolished);
        ((Action)(() => unit.MoveTo(null, "0009"))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitAbolished);
    }

    [Fact]
    public void An_end_date_before_the_start_is_refused()
    {
        // Arrange
        var unit = Unit(null, "0001", "综合办公室");

        // Act + Assert
        ((Action)(() => unit.SetEffectivePeriod(Day, Day.AddDays(-1)))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitEffectiveDatesInvalid);
        unit.EffectiveTo.ShouldBeNull();
    }

    [Fact]
    public void Functions_are_numbered_in_order_and_keep_their_ids_when_edited()
    {
        // Arrange
        var unit = Unit(null, "0001", "人才服务局");
        unit.SetFunctions([(null, "拟订人才政策"), (null, "组织人才认定")]);
        var first = unit.Functions[0];
        var second = unit.Functions[1];

        // Act: swap the order, reword one, drop none, add one.
        unit.SetFunctions([(second.Id, "组织人才分类认定"), (first.Id, "拟订人才政策"), (null, "兑现人才待遇")]);

        // Assert
        unit.Functions.Select(f => (f.Number, f.Text)).ShouldBe([(1, "组织人才分类认定"), (2, "拟订人才政策"), (3, "兑现人才待遇")]);
        unit.Functions[0].Id.ShouldBe(second.Id);
        unit.Functions[1].Id.ShouldBe(first.Id);
    }

    [Fact]
    public void A_function_id_of_another_unit_is_refused()
    {
        // Arrange
        var unit = Unit(null, "0001", "人才服务局");

        // Act + Assert
        ((Action)(() => unit.SetFunctions([(Guid.NewGuid(), "x")]))).ShouldBeRefusedWith(TalentReformErrorCodes.OrgUnitFunctionNotFound);
    }

    [Fact]
    public void The_functions_collection_is_read_only()
    {
        // Arrange
        var unit = Unit(null, "0001", "人才服务局");
        unit.AddFunction("拟订人才政策");

        // Act + Assert: callers get a copy; only the aggregate's methods change clauses.
        (unit.Functions as ICollection<OrgUnitFunction>)?.Clear();
        unit.Functions.Count.ShouldBe(1);
        typeof(OrgUnit).GetProperty(nameof(OrgUnit.Functions))!.PropertyType.ShouldBe(typeof(IReadOnlyList<OrgUnitFunction>));
    }

    internal static OrgUnit Unit(OrgUnit? parent, string code, string nameZh) =>
        new(Guid.NewGuid(), ZoneId, parent, code, OrgUnitKind.Department, nameZh, "Unit " + code, Day, DateTimeOffset.UnixEpoch);
}
