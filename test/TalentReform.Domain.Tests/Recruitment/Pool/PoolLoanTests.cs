using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Recruitment;

/// <summary>
/// 编制周转池 (张家界 2022 rules by default): no borrowing with any 空编 of the type, tier A–C or a 紧缺 post, a term of
/// at most 3 years, one slot one open loan, approval as the engine's "PoolLoan" document, return at once on a regular
/// vacancy (earliest first, history kept), release when the person leaves, overdue terms, seats shown apart.
/// </summary>
public class PoolLoanTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private readonly RecruitmentZone _zone = new();

    [Fact]
    public async Task A_unit_with_any_vacancy_of_the_type_cannot_borrow_and_is_told_its_numbers()
    {
        // 创新中心: quota 3, 2 occupied → 3 − 2 = 1 vacant.
        var unit = await _zone.UnitAsync("创新中心", quota: 3, occupied: 2);
        var slot = await _zone.SlotAsync("ZZ-01");

        var exception = await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot));
        exception.Code.ShouldBe(TalentReformErrorCodes.PoolLoanUnitHasVacancy);
        exception.Message("zh-Hans").ShouldBe("创新中心 尚有事业编制空编 1 个（核定 3，已占 2），有空编的单位不得使用周转编制。");
        exception.Args.Skip(2).ShouldBe(new object?[] { 3, 2, 1 });

        // Where the zone allows it (practice varies: "原则上"), the same unit may borrow.
        (await CreateAsync(unit, slot, policy: PoolLoanPolicy.Default with { RefuseUnitWithVacancy = false })).Status.ShouldBe(PoolLoanStatus.Draft);
    }

    [Fact]
    public async Task A_vacancy_arising_before_submission_stops_the_request()
    {
        var unit = await _zone.UnitAsync("创新中心", quota: 2, occupied: 2);
        var slot = await _zone.SlotAsync("ZZ-01");
        var loan = await CreateAsync(unit, slot);

        AppointmentManager.End(_zone.Staffing.Appointments.GetQueryable().First(a => a.OrgUnitId == unit.Id), null, March1, "退休");

        (await Should.ThrowAsync<BusinessException>(() => _zone.LoanManager.SubmitAsync(loan, slot, PoolLoanPolicy.Default, RecruitmentZone.Now)))
            .Code.ShouldBe(TalentReformErrorCodes.PoolLoanUnitHasVacancy);
        loan.Status.ShouldBe(PoolLoanStatus.Draft);
    }

    [Fact]
    public async Task Only_tiers_A_to_C_or_a_post_in_short_supply_qualify()
    {
        var unit = await _zone.UnitAsync("创新中心", quota: 1, occupied: 1);
        var slot = await _zone.SlotAsync("ZZ-01");

        foreach (var tier in new[] { TalentTierLevel.D, TalentTierLevel.E })
        {
            var refusal = await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot, tier));
            refusal.Code.ShouldBe(TalentReformErrorCodes.PoolLoanNotEligible);
            refusal.Message("en").ShouldBe($"Talent tier {tier} does not qualify for a pool slot: tiers A to C, or a post marked as in short supply.");
        }

        (await CreateAsync(unit, slot, TalentTierLevel.C)).Tier.ShouldBe(TalentTierLevel.C);
        (await CreateAsync(unit, slot, TalentTierLevel.D, shortagePost: Guid.NewGuid())).Justification.ShouldBe(PoolLoanJustification.ShortagePost);
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot, null, justification: PoolLoanJustification.ShortagePost)))
            .Code.ShouldBe(TalentReformErrorCodes.PoolLoanNotEligible);
        (await CreateAsync(unit, slot, TalentTierLevel.D, policy: PoolLoanPolicy.Default with { LowestEligibleTier = TalentTierLevel.D }))
            .Tier.ShouldBe(TalentTierLevel.D);
    }

    [Fact]
    public async Task The_term_is_at_most_three_years_by_default_and_needs_a_return_plan()
    {
        var unit = await _zone.UnitAsync("创新中心", quota: 1, occupied: 1);
        var slot = await _zone.SlotAsync("ZZ-01");

        // 3 years = 36 months: 37 refused, 36 accepted; a zone allowing 5 years accepts 60.
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot, termMonths: 37))).Message("zh-Hans").ShouldBe("周转期 37 个月无效，最长 3 年。");
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot, termMonths: 0))).Code.ShouldBe(TalentReformErrorCodes.PoolLoanTermInvalid);
        (await CreateAsync(unit, slot, termMonths: 36)).TermMonths.ShouldBe(36);
        (await CreateAsync(unit, slot, termMonths: 60, policy: PoolLoanPolicy.Default with { MaxTermYears = 5 })).TermMonths.ShouldBe(60);
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot, returnPlan: " "))).Code.ShouldBe(TalentReformErrorCodes.PoolLoanReturnPlanRequired);
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot, hire: ""))).Code.ShouldBe(TalentReformErrorCodes.PoolLoanHireRequired);
    }

    [Fact]
    public async Task The_loan_is_the_engines_PoolLoan_document_and_one_slot_serves_one_open_loan()
    {
        var unit = await _zone.UnitAsync("创新中心", quota: 1, occupied: 1);
        var slot = await _zone.SlotAsync("ZZ-01");
        var loan = await CreateAsync(unit, slot);
        await _zone.Loans.InsertAsync(loan);
        await _zone.LoanManager.SubmitAsync(loan, slot, PoolLoanPolicy.Default, RecruitmentZone.Now);

        var process = DocumentApproval.Submit(loan, RecruitmentZone.Now);
        (((IApprovableDocument)loan).ApprovalKind, process.DocumentKind, process.DocumentId, process.DocumentTitle)
            .ShouldBe(("PoolLoan", "PoolLoan", loan.Id, "创新中心：王博士"));

        // While requested the slot is held: a second request for it is refused.
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(unit, slot))).Message("zh-Hans").ShouldBe("周转编制 ZZ-01 已有未结束的借用申请。");

        // Returned for revision → draft (editable, holding nothing); rejected → the slot can be asked for again.
        DocumentApproval.Decide(loan, ApprovalDecisionKind.Return, RecruitmentZone.Now).ShouldBe(ApprovalOutcome.Returned);
        (loan.Status, loan.HoldsSlot).ShouldBe((PoolLoanStatus.Draft, false));
        loan.Edit(loan.Request with { TermMonths = 24 }, PoolLoanPolicy.Default, RecruitmentZone.Now);
        await _zone.LoanManager.SubmitAsync(loan, slot, PoolLoanPolicy.Default, RecruitmentZone.Now);
        ((Action)(() => loan.Edit(loan.Request, PoolLoanPolicy.Default, RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.PoolLoanNotEditable);
        DocumentApproval.Submit(loan, RecruitmentZone.Now);
        DocumentApproval.Decide(loan, ApprovalDecisionKind.Reject, RecruitmentZone.Now).ShouldBe(ApprovalOutcome.Rejected);
        (loan.Status, loan.TermMonths).ShouldBe((PoolLoanStatus.Rejected, 24));
        (await CreateAsync(unit, slot)).Status.ShouldBe(PoolLoanStatus.Draft);

        // An active loan lends the slot; it cannot be lent twice.
        var active = await ActiveLoanAsync(_zone, unit, await _zone.SlotAsync("ZZ-02"), "李教授");
        var lent = _zone.Slots.GetQueryable().Single(s => s.Id == active.SlotId);
        (lent.Status, lent.CurrentLoanId).ShouldBe((StaffingPoolSlotStatus.Lent, active.Id));
        ((Action)(() => lent.Lend(Guid.NewGuid()))).ShouldBeRefusedWith(TalentReformErrorCodes.PoolSlotNotFree);
    }

    [Fact]
    public async Task On_a_regular_vacancy_the_earliest_loan_is_returned_at_once_with_its_history_kept()
    {
        // 实验室: quota 2, 2 regular; two pool loans started 03-01 (王) and 04-01 (李).
        var unit = await _zone.UnitAsync("实验室", quota: 2, occupied: 2);
        var first = await ActiveLoanAsync(_zone, unit, await _zone.SlotAsync("ZZ-01"), "王博士", March1);
        var second = await ActiveLoanAsync(_zone, unit, await _zone.SlotAsync("ZZ-02"), "李教授", new DateOnly(2026, 4, 1));
        (await _zone.Returns.FindDueAsync(_zone.ZoneId)).ShouldBeEmpty();
        (await Should.ThrowAsync<BusinessException>(() => _zone.Returns.ReturnAsync(first, March1, RecruitmentZone.Now)))
            .Message("zh-Hans").ShouldBe("实验室 暂无轮到该借用的正常空编（核定 2，已占 2；正常空编按使用周转编制的先后依次归还），周转编制暂不能归还。");

        // One regular person retires: 2 − 1 = 1 vacancy → the earliest loan (王, 03-01) only.
        var regular = _zone.Staffing.Appointments.GetQueryable().First(a => a.OrgUnitId == unit.Id && a.Id != first.AppointmentId && a.Id != second.AppointmentId);
        AppointmentManager.End(regular, null, new DateOnly(2026, 6, 30), "退休");
        (await _zone.Returns.FindDueAsync(_zone.ZoneId)).ShouldBe([first]);
        (await Should.ThrowAsync<BusinessException>(() => _zone.Returns.ReturnAsync(second, new DateOnly(2026, 7, 1), RecruitmentZone.Now)))
            .Code.ShouldBe(TalentReformErrorCodes.PoolLoanNoRegularVacancy);

        var returned = await _zone.Returns.ReturnDueAsync(_zone.ZoneId, new DateOnly(2026, 7, 1), RecruitmentZone.Now);

        returned.ShouldBe([first]);
        var move = _zone.SeatMover.Moves.ShouldHaveSingleItem();
        (move.LoanId, move.On).ShouldBe((first.Id, new DateOnly(2026, 7, 1)));
        (first.Status, first.ReturnedOn, first.ReturnPostId, first.ReturnAppointmentId).ShouldBe(
            (PoolLoanStatus.Returned, new DateOnly(2026, 7, 1), move.Seat.PostId, move.Seat.AppointmentId));
        (first.StartedOn, first.AppointmentId, first.HireName).ShouldBe((March1, first.AppointmentId, "王博士"));
        var slot = _zone.Slots.GetQueryable().Single(s => s.Id == first.SlotId);
        (slot.Status, slot.CurrentLoanId).ShouldBe((StaffingPoolSlotStatus.Free, null));
        second.Status.ShouldBe(PoolLoanStatus.Active);
        ((Action)(() => first.EnsureMayReturn())).ShouldBeRefusedWith(TalentReformErrorCodes.PoolLoanStatusInvalid);
    }

    [Fact]
    public async Task When_the_person_leaves_the_slot_goes_back_to_the_pool()
    {
        var unit = await _zone.UnitAsync("实验室", quota: 1, occupied: 1);
        var slot = await _zone.SlotAsync("ZZ-01");
        var loan = await ActiveLoanAsync(_zone, unit, slot, "王博士");

        PoolLoanManager.Release(loan, slot, new DateOnly(2027, 5, 31), "辞职", RecruitmentZone.Now);

        (loan.Status, loan.ReleasedOn, loan.ReleaseReason, loan.HoldsSlot).ShouldBe((PoolLoanStatus.Released, new DateOnly(2027, 5, 31), "辞职", false));
        (slot.Status, slot.CurrentLoanId).ShouldBe((StaffingPoolSlotStatus.Free, null));
        ((Action)(() => PoolLoanManager.Release(loan, slot, new DateOnly(2027, 6, 1), "重复", RecruitmentZone.Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PoolLoanStatusInvalid);
        (await CreateAsync(unit, slot, hire: "赵研究员")).SlotId.ShouldBe(slot.Id);
    }

    [Fact]
    public async Task Only_the_person_named_in_the_request_takes_the_slot()
    {
        var unit = await _zone.UnitAsync("实验室", quota: 1, occupied: 1);
        var slot = await _zone.SlotAsync("ZZ-01");
        var named = Guid.NewGuid();
        var loan = await _zone.LoanManager.CreateAsync(
            _zone.ZoneId, "借-2026-001", slot,
            Request(unit, "王博士", TalentTierLevel.A, null, PoolLoanJustification.TalentTier, 36, "空编即转") with { PersonId = named },
            PoolLoanPolicy.Default, RecruitmentZone.Drafter, "人事处", RecruitmentZone.Now);
        await _zone.LoanManager.SubmitAsync(loan, slot, PoolLoanPolicy.Default, RecruitmentZone.Now);
        DocumentApproval.Submit(loan, RecruitmentZone.Now);
        DocumentApproval.Decide(loan, ApprovalDecisionKind.Approve, RecruitmentZone.Now);

        ((Action)(() => PoolLoanManager.Activate(loan, slot, Guid.NewGuid(), Guid.NewGuid(), March1, RecruitmentZone.Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PoolLoanPersonMismatch);
        slot.Status.ShouldBe(StaffingPoolSlotStatus.Free);

        PoolLoanManager.Activate(loan, slot, Guid.NewGuid(), named, March1, RecruitmentZone.Now);
        (loan.Status, loan.PersonId, slot.Status).ShouldBe((PoolLoanStatus.Active, named, StaffingPoolSlotStatus.Lent));
    }

    [Fact]
    public async Task A_loan_past_its_term_is_overdue()
    {
        var unit = await _zone.UnitAsync("实验室", quota: 1, occupied: 1);
        var loan = await ActiveLoanAsync(_zone, unit, await _zone.SlotAsync("ZZ-01"), "王博士", March1);

        // 36 months from 2026-03-01: the last day of the term is 2029-02-28.
        loan.TermEnd.ShouldBe(new DateOnly(2029, 2, 28));
        PoolLoanReturns.Overdue([loan], new DateOnly(2029, 2, 28)).ShouldBeEmpty();
        PoolLoanReturns.Overdue([loan], new DateOnly(2029, 3, 1)).ShouldBe([loan]);
    }

    [Fact]
    public async Task Pool_slots_are_counted_apart_from_the_units_quota()
    {
        // 实验室: quota 2, 2 regular + 1 on a pool slot → regular 2/2, 0 vacant, 1 pool slot in use; Staffing counts 3 appointments.
        var unit = await _zone.UnitAsync("实验室", quota: 2, occupied: 2);
        await ActiveLoanAsync(_zone, unit, await _zone.SlotAsync("ZZ-01"), "王博士");

        var seats = (await _zone.Seats.ReadAsync(_zone.ZoneId)).For(unit.Id, StaffingType.PublicInstitution);

        seats.ShouldBe(new UnitSeats(unit.Id, StaffingType.PublicInstitution, 2, 2, 1));
        (seats.Vacant, seats.OwedToPoolLoans).ShouldBe((0, 0));
        (await _zone.Staffing.Quotas.CountOccupiedAsync(unit.Id, StaffingType.PublicInstitution)).ShouldBe(3);
    }

    /// <summary>A loan of <paramref name="slot"/> to the full <paramref name="unit"/>, approved, and its hire seated on the slot from <paramref name="on"/>.</summary>
    internal static async Task<PoolLoan> ActiveLoanAsync(RecruitmentZone zone, OrgUnit unit, StaffingPoolSlot slot, string hire, DateOnly? on = null)
    {
        var loan = await zone.LoanManager.CreateAsync(
            zone.ZoneId, "借-" + slot.Code, slot, Request(unit, hire, TalentTierLevel.B, null, PoolLoanJustification.TalentTier, 36, "编制出现空缺即转入正常编制"),
            PoolLoanPolicy.Default, RecruitmentZone.Drafter, "人事处", RecruitmentZone.Now);
        await zone.Loans.InsertAsync(loan);
        await zone.LoanManager.SubmitAsync(loan, slot, PoolLoanPolicy.Default, RecruitmentZone.Now);
        DocumentApproval.Submit(loan, RecruitmentZone.Now);
        DocumentApproval.Decide(loan, ApprovalDecisionKind.Approve, RecruitmentZone.Now);
        var seat = await zone.PoolSeatAsync(unit, hire);
        PoolLoanManager.Activate(loan, slot, seat.Id, seat.PersonId, on ?? March1, RecruitmentZone.Now);
        return loan;
    }

    private Task<PoolLoan> CreateAsync(
        OrgUnit unit, StaffingPoolSlot slot, TalentTierLevel? tier = TalentTierLevel.B, Guid? shortagePost = null,
        PoolLoanJustification? justification = null, int termMonths = 36, string returnPlan = "三年内随退休空编转入", string hire = "王博士",
        PoolLoanPolicy? policy = null) =>
        _zone.LoanManager.CreateAsync(
            _zone.ZoneId, "借-2026-001", slot,
            Request(unit, hire, tier, shortagePost, justification ?? (shortagePost is null ? PoolLoanJustification.TalentTier : PoolLoanJustification.ShortagePost),
                termMonths, returnPlan),
            policy ?? PoolLoanPolicy.Default, RecruitmentZone.Drafter, "人事处", RecruitmentZone.Now);

    private static PoolLoanRequest Request(
        OrgUnit unit, string hire, TalentTierLevel? tier, Guid? shortagePost, PoolLoanJustification justification, int termMonths, string returnPlan) =>
        new(unit.Id, unit.NameZh, hire, null, null, justification, tier, shortagePost, termMonths, new DateOnly(2028, 12, 31), returnPlan);
}
