using TalentReform.Fakes;
using TalentReform.Organization;

namespace TalentReform.Staffing;

public class StaffingManagerTests
{
    private readonly DomainServices _domain = new();

    [Fact]
    public async Task A_leadership_post_beyond_the_quota_or_without_one_is_refused()
    {
        // Arrange
        var withQuota = await _domain.UnitAsync("科技创新局");
        var withoutQuota = await _domain.UnitAsync("平台公司");
        await _domain.LeadershipQuotas.InsertAsync(await _domain.OrgUnits.CreateLeadershipQuotaAsync(DomainServices.ZoneId, withQuota.Id, 1, 2));
        await _domain.PostAsync(withQuota, role: LeadershipRole.Head);

        // Act + Assert
        (await Should.ThrowAsync<BusinessException>(() => _domain.PostAsync(withQuota, role: LeadershipRole.Head)))
            .Code.ShouldBe(TalentReformErrorCodes.LeadershipQuotaExceeded);
        (await Should.ThrowAsync<BusinessException>(() => _domain.PostAsync(withoutQuota, role: LeadershipRole.Deputy)))
            .Code.ShouldBe(TalentReformErrorCodes.LeadershipQuotaExceeded);
        await _domain.PostAsync(withQuota, role: LeadershipRole.Deputy);
        await _domain.PostAsync(withQuota, role: LeadershipRole.Deputy);
        (await Should.ThrowAsync<BusinessException>(() => _domain.PostAsync(withQuota, role: LeadershipRole.Deputy)))
            .Code.ShouldBe(TalentReformErrorCodes.LeadershipQuotaExceeded);
    }

    [Fact]
    public async Task A_post_may_only_cite_its_own_units_duty_clauses()
    {
        // Arrange
        var own = await _domain.UnitAsync("人才服务局", null, "拟订人才政策");
        var other = await _domain.UnitAsync("行政审批局", null, "受理行政许可");

        // Act + Assert
        (await Should.ThrowAsync<BusinessException>(() => _domain.PostAsync(own, duties: other.Functions[0].Id)))
            .Code.ShouldBe(TalentReformErrorCodes.PostDutyClauseNotInUnit);
        (await _domain.PostAsync(own, duties: own.Functions[0].Id)).DutyClauses.Single().FunctionId.ShouldBe(own.Functions[0].Id);
    }

    [Fact]
    public async Task Posts_in_an_abolished_unit_are_refused()
    {
        // Arrange
        var unit = await _domain.UnitAsync("已撤销局");
        await _domain.OrgUnits.AbolishAsync(unit, DomainServices.Day);

        // Act + Assert
        (await Should.ThrowAsync<BusinessException>(() => _domain.PostAsync(unit))).Code.ShouldBe(TalentReformErrorCodes.OrgUnitAbolished);
    }

    [Fact]
    public async Task No_appointment_without_a_free_slot_of_the_posts_staffing_type()
    {
        // Arrange: two 事业编制 slots, none of the other types.
        var unit = await _domain.UnitAsync("人才服务中心");
        await _domain.QuotaAsync(unit, StaffingType.PublicInstitution, 2);
        var posts = new List<Post>();
        for (var i = 0; i < 3; i++)
        {
            posts.Add(await _domain.PostAsync(unit, StaffingType.PublicInstitution));
        }

        var contractPost = await _domain.PostAsync(unit, StaffingType.Contract);

        // Act
        await _domain.AppointAsync(DomainServices.Person("甲"), posts[0]);
        await _domain.AppointAsync(DomainServices.Person("乙"), posts[1]);
        var full = await Should.ThrowAsync<BusinessException>(() => _domain.AppointAsync(DomainServices.Person("丙"), posts[2]));
        var noQuota = await Should.ThrowAsync<BusinessException>(() => _domain.AppointAsync(DomainServices.Person("丁"), contractPost));

        // Assert
        full.Code.ShouldBe(TalentReformErrorCodes.NoFreeStaffingSlot);
        noQuota.Code.ShouldBe(TalentReformErrorCodes.NoFreeStaffingSlot);
        posts.Select(p => p.Status).ShouldBe([PostStatus.Filled, PostStatus.Filled, PostStatus.Vacant]);
        (await _domain.Quotas.CountOccupiedAsync(unit.Id, StaffingType.PublicInstitution)).ShouldBe(2);
    }

    [Fact]
    public async Task A_person_holds_at_most_one_primary_appointment_but_may_hold_a_secondary_one()
    {
        // Arrange
        var unit = await _domain.UnitAsync("综合办公室");
        await _domain.QuotaAsync(unit, StaffingType.Administrative, 5);
        var person = DomainServices.Person("周明");
        await _domain.AppointAsync(person, await _domain.PostAsync(unit));

        var second = await _domain.PostAsync(unit);

        // Act + Assert
        (await Should.ThrowAsync<BusinessException>(() => _domain.AppointAsync(person, second)))
            .Code.ShouldBe(TalentReformErrorCodes.PersonHasPrimaryAppointment);
        (await _domain.AppointAsync(person, await _domain.PostAsync(unit), isPrimary: false)).IsPrimary.ShouldBeFalse();
    }

    [Fact]
    public async Task A_frozen_post_cannot_be_filled()
    {
        // Arrange
        var unit = await _domain.UnitAsync("综合执法局");
        await _domain.QuotaAsync(unit, StaffingType.Administrative, 5);
        var post = await _domain.PostAsync(unit);
        post.Freeze();

        // Act + Assert
        (await Should.ThrowAsync<BusinessException>(() => _domain.AppointAsync(DomainServices.Person("吴刚"), post)))
            .Code.ShouldBe(TalentReformErrorCodes.PostIsFrozen);
        _domain.Appointments.GetQueryable().ShouldBeEmpty();
    }

    [Fact]
    public async Task Unit_quotas_stay_within_the_zone_total_and_above_their_occupied_slots()
    {
        // Arrange
        var a = await _domain.UnitAsync("甲局");
        var b = await _domain.UnitAsync("乙局");
        await _domain.Quotas.SetZoneTotalAsync(DomainServices.ZoneId, StaffingType.Administrative, 10);
        var quotaA = await _domain.Quotas.CreateAsync(DomainServices.ZoneId, a.Id, StaffingType.Administrative, 6);
        await _domain.StaffingQuotas.InsertAsync(quotaA);
        await _domain.AppointAsync(DomainServices.Person("郑"), await _domain.PostAsync(a));

        // Act + Assert
        (await Should.ThrowAsync<BusinessException>(() => _domain.Quotas.CreateAsync(DomainServices.ZoneId, b.Id, StaffingType.Administrative, 5)))
            .Code.ShouldBe(TalentReformErrorCodes.ZoneStaffingTotalExceeded);
        (await Should.ThrowAsync<BusinessException>(() => _domain.Quotas.SetApprovedAsync(quotaA, 0)))
            .Code.ShouldBe(TalentReformErrorCodes.StaffingQuotaBelowOccupied);
        (await Should.ThrowAsync<BusinessException>(() => _domain.Quotas.SetZoneTotalAsync(DomainServices.ZoneId, StaffingType.Administrative, 5)))
            .Code.ShouldBe(TalentReformErrorCodes.ZoneStaffingTotalBelowAllocated);
        (await Should.ThrowAsync<BusinessException>(() => _domain.Quotas.CreateAsync(DomainServices.ZoneId, a.Id, StaffingType.Administrative, 1)))
            .Code.ShouldBe(TalentReformErrorCodes.StaffingQuotaAlreadyExists);
        await _domain.Quotas.SetApprovedAsync(quotaA, 10);
        quotaA.Approved.ShouldBe(10);
    }

    [Fact]
    public async Task A_duplicate_post_code_is_a_conflict()
    {
        // Arrange
        var unit = await _domain.UnitAsync("综合办公室");
        var post = await _domain.PostAsync(unit);

        // Act
        var error = await Should.ThrowAsync<BusinessException>(() => _domain.PostManager.CreateAsync(
            DomainServices.ZoneId, unit.Id, post.Code, "重复", "Duplicate", PostCategory.Ordinary, null, StaffingType.Contract, LeadershipRole.None, 1m, []));

        // Assert
        error.Code.ShouldBe(TalentReformErrorCodes.PostCodeAlreadyExists);
        error.Status.ShouldBe(409);
    }
}
