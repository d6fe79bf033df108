namespace TalentReform.Staffing;

/// <summary>Flatness metrics of the zone, or of a unit's subtree (<see cref="ScopeUnitId"/>), computed live.</summary>
public record OrgMetricsDto(
    Guid? ScopeUnitId,
    DateOnly AsOf,
    int Layers,
    int UnitCount,
    double AverageSpan,
    int MaxSpan,
    int StaffCount,
    double UnitsPer100Staff,
    int PostCount,
    int LeadershipPostCount,
    double LeadershipShare,
    IReadOnlyList<QuotaUsageDto> QuotaUsage,
    IReadOnlyList<PostWithoutDutyDto> PostsWithoutDuty,
    IReadOnlyList<DutyWithoutPostDto> DutiesWithoutPost,
    int MixViolationCount);

/// <summary>Slots of one type: approved by the units' quotas, occupied by active appointments; usage 0..1.</summary>
public record QuotaUsageDto(StaffingType StaffingType, int Approved, int Occupied, int Vacant, double Usage);

/// <summary>A post citing no duty clause (三定 gap).</summary>
public record PostWithoutDutyDto(Guid PostId, string Code, string TitleZh, string TitleEn, Guid OrgUnitId, string OrgUnitName);

/// <summary>A duty clause no post cites (三定 gap).</summary>
public record DutyWithoutPostDto(Guid OrgUnitId, string OrgUnitName, Guid FunctionId, int Number, string Text);

public class GetOrgMetricsInput
{
    /// <summary>Metrics of this unit and its descendants; without it, of the whole zone.</summary>
    public Guid? UnitId { get; set; }
}

public interface IOrgMetricsAppService
{
    Task<OrgMetricsDto> GetAsync(GetOrgMetricsInput input, CancellationToken cancellationToken = default);
}
