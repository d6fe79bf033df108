namespace TalentReform.Organization;

public class OrgUnitCodesTests
{
    [Fact]
    public void Codes_are_fixed_width_segments_under_the_parent()
    {
        OrgUnitCodes.Create(null, 1).ShouldBe("0001");
        OrgUnitCodes.Create("0001", 12).ShouldBe("0001.0012");
        OrgUnitCodes.Depth("0001.0012.0003").ShouldBe(3);
    }

    [Fact]
    public void The_next_number_follows_the_highest_sibling_even_with_gaps()
    {
        OrgUnitCodes.NextNumber([]).ShouldBe(1);
        OrgUnitCodes.NextNumber(["0001.0001", "0001.0007", "0001.0003"]).ShouldBe(8);
    }

    [Fact]
    public void Descendants_are_matched_by_whole_segments_and_rebased()
    {
        OrgUnitCodes.IsDescendantOf("0001.0002", "0001").ShouldBeTrue();
        OrgUnitCodes.IsDescendantOf("00010.0002", "0001").ShouldBeFalse();
        OrgUnitCodes.IsDescendantOf("0001", "0001").ShouldBeFalse();
        OrgUnitCodes.Rebase("0001.0002.0005", "0001.0002", "0003.0001").ShouldBe("0003.0001.0005");
    }
}
