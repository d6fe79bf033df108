using TalentReform.Localization;

namespace TalentReform.Staffing;

public class StaffingQuotaTests
{
    [Fact]
    public void No_free_slot_refuses_the_appointment_with_a_chinese_reason()
    {
        // Act + Assert
        var error = ((Action)(() => StaffingQuota.EnsureFreeSlot("经济发展局", StaffingType.Administrative, 3, 3)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.NoFreeStaffingSlot);
        error.Message(LocalizationCultures.Default).ShouldBe("机构“经济发展局”的行政编制已无空编（核定 3，已占用 3），不能聘任。");
        error.Message(LocalizationCultures.English).ShouldContain("administrative staffing");
    }

    [Fact]
    public void Without_a_quota_there_is_no_slot_and_with_one_vacant_there_is()
    {
        ((Action)(() => StaffingQuota.EnsureFreeSlot("平台公司", StaffingType.Contract, 0, 0))).ShouldBeRefusedWith(TalentReformErrorCodes.NoFreeStaffingSlot);
        Should.NotThrow(() => StaffingQuota.EnsureFreeSlot("平台公司", StaffingType.Contract, 3, 2));
    }

    [Fact]
    public void The_approved_number_cannot_drop_below_the_occupied_slots()
    {
        // Arrange
        var quota = new StaffingQuota(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), StaffingType.Headcount, 10);

        // Act + Assert
        var error = ((Action)(() => quota.SetApproved(4, occupied: 5))).ShouldBeRefusedWith(TalentReformErrorCodes.StaffingQuotaBelowOccupied);
        error.Status.ShouldBe(422);
        error.Message(LocalizationCultures.Default).ShouldBe("核定编制数不能减到 4：已占用 5。");
        quota.Approved.ShouldBe(10);
        quota.SetApproved(5, occupied: 5);
        quota.Approved.ShouldBe(5);
    }

    [Fact]
    public void Unit_quotas_cannot_add_up_beyond_the_zone_total()
    {
        // Act + Assert
        var error = ((Action)(() => ZoneStaffingQuota.EnsureWithinTotal(StaffingType.Administrative, 45, 46)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ZoneStaffingTotalExceeded);
        error.Message(LocalizationCultures.Default).ShouldContain("行政编制全园区总数为 45");
        Should.NotThrow(() => ZoneStaffingQuota.EnsureWithinTotal(StaffingType.Administrative, 45, 45));
    }

    [Fact]
    public void The_zone_total_cannot_drop_below_what_units_hold()
    {
        // Arrange
        var total = new ZoneStaffingQuota(Guid.NewGuid(), Guid.NewGuid(), StaffingType.PublicInstitution, 60);

        // Act + Assert
        ((Action)(() => total.SetApproved(50, allocatedToUnits: 55))).ShouldBeRefusedWith(TalentReformErrorCodes.ZoneStaffingTotalBelowAllocated);
        total.Approved.ShouldBe(60);
    }
}
