using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Recruitment;

/// <summary>
/// 聘用 (RECRUITMENT-RULES §1.11): from an application whose 公示 ended without an upheld or pending objection, links or
/// creates the Staffing person, appoints them on the position's post — inside a free regular slot, or on the pool slot
/// an approved loan lent for this hire — sets the 试用期 (<see cref="ProbationRule"/>) and the campaign's 最低服务年限,
/// links or creates the talent profile (tier from a valid 人才认定) and marks the application hired. Everything is
/// staged on the caller's unit of work: the caller saves once, in one transaction, so a slot taken meanwhile (the
/// quota row's or the pool slot's concurrency stamp) leaves nothing behind.
/// </summary>
public class HireManager(
    IRepository<Hire> hires,
    IRepository<PoolLoan> loans,
    IRepository<StaffingPoolSlot> slots,
    IStaffingQueries staffing,
    StaffingStructureWriter staffingWriter,
    AppointmentManager appointmentManager,
    StaffingQuotaManager quotas,
    OrgUnitManager orgUnits,
    TalentIntake talents,
    IAsyncQueryableExecuter executer,
    IEnumerable<IHireFollowUp> followUps)
{
    /// <summary>The seat the application's hire would occupy now (the hire dialog's preview): the pool slot when a loan names it.</summary>
    public async Task<HireSeat> PreviewSeatAsync(Application application, RecruitmentCampaign campaign, CancellationToken cancellationToken = default)
    {
        var position = campaign.GetPosition(application.PositionId);
        var post = PostOf(await staffing.LoadZoneAsync(application.ZoneId!.Value, tracked: false, cancellationToken), position.PostId);
        var loan = await FindLoanAsync(application, cancellationToken);
        var slot = loan is null ? null : await slots.GetAsync(loan.SlotId, cancellationToken);
        var vacant = Math.Max(0, await quotas.GetApprovedAsync(post.OrgUnitId, post.StaffingType, cancellationToken)
            - await quotas.CountOccupiedAsync(post.OrgUnitId, post.StaffingType, cancellationToken));
        return new HireSeat(loan is null ? HireSeatKind.Regular : HireSeatKind.Pool, post.Id, post.Code, post.OrgUnitId, loan?.Id, slot?.Code,
            post.Status == PostStatus.Vacant, vacant);
    }

    public async Task<Hire> HireAsync(
        Application application, RecruitmentCampaign campaign, RecruitmentPublicity publicity, HireTerms terms, Guid userId, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        if (!application.IsActive || application.Stage != RecruitmentStage.Publicity)
        {
            throw new BusinessException(TalentReformErrorCodes.HireApplicationNotReady, application.CandidateName, Localization.LocalizedEnum.Of(application.Stage));
        }

        if (terms.ContractMonths is < 1 or > HireConsts.MaxContractMonths)
        {
            throw new BusinessException(TalentReformErrorCodes.ContractTermInvalid, terms.ContractMonths);
        }

        publicity.EnsureHireAllowed(application.Id, WorkingDayCalendar.ChinaDate(now));
        var position = campaign.GetPosition(application.PositionId);
        var probation = ProbationRule.Decide(terms.FirstEmployment, terms.ContractMonths, position.ProbationMonths);
        // Staffing's published read, tracked: the post's Fill and the quota's touch are saved with the hire.
        var structure = await staffing.LoadZoneAsync(application.ZoneId!.Value, tracked: true, cancellationToken);
        var post = PostOf(structure, position.PostId);
        if (post.Status == PostStatus.Filled)
        {
            // Someone took the post since the preview: the same answer as a slot taken in a race.
            throw BusinessException.Conflict(TalentReformErrorCodes.HireNoFreeSlot, Localization.LocalizedEnum.Of(post.StaffingType));
        }

        var person = await LinkOrCreatePersonAsync(application, structure, cancellationToken);
        var loan = await FindLoanAsync(application, cancellationToken);
        var appointment = loan is null
            ? await AppointOnRegularSlotAsync(person, post, terms, cancellationToken)
            : await AppointOnPoolSlotAsync(loan, person, post, structure, terms, now, cancellationToken);
        await staffingWriter.InsertAsync(appointment, cancellationToken);

        var unit = await orgUnits.GetActiveAsync(post.OrgUnitId, cancellationToken);
        var profile = await talents.EnsureForPersonAsync(application.ZoneId!.Value, person.Id, new TalentIntakeFacts(
            application.CandidateName, application.Degree, application.BirthDate, application.Major, unit.NameZh,
            Math.Round(terms.ContractMonths / 12m, 1), terms.StartsOn), now, cancellationToken);
        var seat = new HireSeat(loan is null ? HireSeatKind.Regular : HireSeatKind.Pool, post.Id, post.Code, post.OrgUnitId, loan?.Id, null, false, 0);
        var hire = new Hire(Guid.NewGuid(), application, seat, person.Id, appointment.Id, terms, probation, position.MinimumServiceYears, profile.Id,
            campaign.PublishedOn, userId, now);
        application.Advance(campaign, RecruitmentStage.Hired, now);
        await hires.InsertAsync(hire, cancellationToken);
        foreach (var followUp in followUps)
        {
            await followUp.OnHiredAsync(hire, application, campaign, now, cancellationToken);
        }

        return hire;
    }

    private async Task<Appointment> AppointOnRegularSlotAsync(Person person, Post post, HireTerms terms, CancellationToken cancellationToken)
    {
        try
        {
            return await appointmentManager.CreateAsync(person.ZoneId!.Value, person, post, AppointmentKind.Appointed, true, terms.StartsOn, null, cancellationToken);
        }
        catch (BusinessException e) when (e.Code == TalentReformErrorCodes.NoFreeStaffingSlot)
        {
            // The last slot went to another hire or appointment first: a conflict to refresh, not bad input.
            throw BusinessException.Conflict(TalentReformErrorCodes.HireNoFreeSlot, Localization.LocalizedEnum.Of(post.StaffingType));
        }
    }

    private async Task<Appointment> AppointOnPoolSlotAsync(
        PoolLoan loan, Person person, Post post, StaffingStructure structure, HireTerms terms, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (structure.ActiveAppointments.Any(a => a.PersonId == person.Id && a.IsPrimary))
        {
            throw new BusinessException(TalentReformErrorCodes.PersonHasPrimaryAppointment, person.Name);
        }

        // The pool slot, not the unit's quota, carries this seat: no regular slot is counted. Lending the slot changes
        // its row, whose concurrency stamp lets only one of two racing hires commit.
        var slot = await slots.GetAsync(loan.SlotId, cancellationToken);
        var appointment = AppointmentManager.AppointPlanned(person.ZoneId!.Value, person, post, terms.StartsOn, now);
        PoolLoanManager.Activate(loan, slot, appointment.Id, person.Id, terms.StartsOn, now);
        return appointment;
    }

    /// <summary>The approved loan lent for this hire (by application, or by the person it named), if any.</summary>
    private async Task<PoolLoan?> FindLoanAsync(Application application, CancellationToken cancellationToken) =>
        (await executer.ToListAsync(loans.GetQueryable().Where(l => l.ApplicationId == application.Id && l.Status == PoolLoanStatus.Approved), cancellationToken))
        .FirstOrDefault();

    private async Task<Person> LinkOrCreatePersonAsync(Application application, StaffingStructure structure, CancellationToken cancellationToken)
    {
        var existing = structure.Persons.FirstOrDefault(p => p.IdNumber == application.IdNumber);
        if (existing is not null)
        {
            return existing;
        }

        var person = new Person(Guid.NewGuid(), application.ZoneId!.Value, application.CandidateName, GenderOf(application.IdNumber), application.BirthDate, application.IdNumber);
        person.SetEducation(application.Degree, null, application.Major);
        person.SetProfile(application.ProfessionalTitle, application.Phone, false);
        await staffingWriter.InsertAsync(person, cancellationToken);
        return person;
    }

    private static Post PostOf(StaffingStructure structure, Guid postId) =>
        structure.Posts.FirstOrDefault(p => p.Id == postId) ?? throw new EntityNotFoundException("Entity:Post", postId);

    // GB 11643: the 17th character of a 身份证号 is odd for men, even for women.
    private static Gender GenderOf(string idNumber) =>
        idNumber.Length == 18 && char.IsDigit(idNumber[16]) && (idNumber[16] - '0') % 2 == 0 ? Gender.Female : Gender.Male;
}
