using Riok.Mapperly.Abstractions;

namespace TalentReform.Recruitment;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class HireMapper
{
    public static partial HireDto ToDto(this Hire hire);

    /// <summary>The hire with the new talent's one-time sign-in (never stored in clear) and the matching run started for them.</summary>
    public static HireResultDto ToResultDto(this Hire hire, string userName, string? initialPassword, Guid? matchingRunId) =>
        new(hire.ToDto(), userName, initialPassword, matchingRunId);

    public static HireSeatPreviewDto ToPreviewDto(this HireSeat seat, Application application, CampaignPosition position) =>
        new(application.Id, application.CandidateName, seat.Kind, seat.PostId, seat.PostCode, seat.OrgUnitId, seat.PostVacant, seat.RegularVacant,
            seat.PoolLoanId, seat.PoolSlotCode, position.MinimumServiceYears, position.ProbationMonths);
}
