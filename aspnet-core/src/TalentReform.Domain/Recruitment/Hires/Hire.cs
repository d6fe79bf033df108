using TalentReform.Entities;

namespace TalentReform.Recruitment;

/// <summary>
/// 聘用: what one hire created — the person, the appointment on the seat (regular or pool), the 试用期 and the
/// 最低服务年限 the campaign set, the talent profile and the user account — kept as the hire's record. One per application.
/// </summary>
public class Hire : AggregateRoot, IMultiZone, IHasCreationTime
{
    public Guid? ZoneId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid PositionId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string CandidateName { get; private set; } = null!;
    public Guid PersonId { get; private set; }
    public Guid PostId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public Guid AppointmentId { get; private set; }
    public HireSeatKind SeatKind { get; private set; }
    public Guid? PoolLoanId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public int ContractMonths { get; private set; }
    public bool FirstEmployment { get; private set; }
    public int ProbationMonths { get; private set; }
    public ProbationBasis ProbationBasis { get; private set; }
    public DateOnly? ProbationEndsOn { get; private set; }

    /// <summary>最低服务年限 the campaign set (null: none), and the day it is served.</summary>
    public int? MinimumServiceYears { get; private set; }

    public DateOnly? MinimumServiceEndsOn { get; private set; }
    public Guid TalentProfileId { get; private set; }
    public Guid? UserId { get; private set; }
    public Guid HiredBy { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }

    /// <summary>The day the notice of the campaign was published, kept for the funnel's "days from notice to hire".</summary>
    public DateOnly? NoticePublishedOn { get; private set; }

    protected Hire()
    {
    }

    internal Hire(Guid id, Application application, HireSeat seat, Guid personId, Guid appointmentId, HireTerms terms, ProbationDecision probation,
        int? minimumServiceYears, Guid talentProfileId, DateOnly? noticePublishedOn, Guid hiredBy, DateTimeOffset now)
        : base(id)
    {
        ZoneId = application.ZoneId;
        CampaignId = application.CampaignId;
        PositionId = application.PositionId;
        ApplicationId = application.Id;
        CandidateName = application.CandidateName;
        PersonId = personId;
        PostId = seat.PostId;
        OrgUnitId = seat.OrgUnitId;
        AppointmentId = appointmentId;
        SeatKind = seat.Kind;
        PoolLoanId = seat.PoolLoanId;
        StartsOn = terms.StartsOn;
        ContractMonths = terms.ContractMonths;
        FirstEmployment = terms.FirstEmployment;
        ProbationMonths = probation.Months;
        ProbationBasis = probation.Basis;
        ProbationEndsOn = probation.EndsOn(terms.StartsOn);
        MinimumServiceYears = minimumServiceYears;
        MinimumServiceEndsOn = minimumServiceYears is { } years ? new ProbationDecision(years * 12, probation.Basis).EndsOn(terms.StartsOn) : null;
        TalentProfileId = talentProfileId;
        NoticePublishedOn = noticePublishedOn;
        HiredBy = hiredBy;
        CreationTime = now;
    }

    /// <summary>The account the hire signs in with (created after the hire record, in the same transaction).</summary>
    public void LinkUser(Guid userId) => UserId = userId;
}

/// <summary>What HR decides at the hire: the first day, the 聘用合同's term and whether this is the person's 初次就业.</summary>
public sealed record HireTerms(DateOnly StartsOn, int ContractMonths, bool FirstEmployment);

/// <summary>The seat a hire will occupy: the position's post, and the pool loan when a 周转池 slot was lent for this hire.</summary>
public sealed record HireSeat(HireSeatKind Kind, Guid PostId, string PostCode, Guid OrgUnitId, Guid? PoolLoanId, string? PoolSlotCode, bool PostVacant, int RegularVacant);
