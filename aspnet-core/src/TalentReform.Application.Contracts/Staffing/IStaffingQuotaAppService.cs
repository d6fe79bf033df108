using TalentReform.Dtos;

namespace TalentReform.Staffing;

public interface IStaffingQuotaAppService
    : ICrudAppService<StaffingQuotaDto, GetStaffingQuotasInput, CreateStaffingQuotaDto, UpdateStaffingQuotaDto>
{
    /// <summary>One row per staffing type, including types without a total (approved 0).</summary>
    Task<ListResultDto<ZoneStaffingTotalDto>> GetZoneTotalsAsync(CancellationToken cancellationToken = default);

    Task<SeatBoardDto> GetSeatBoardAsync(GetSeatBoardInput input, CancellationToken cancellationToken = default);

    Task<ZoneStaffingTotalDto> SetZoneTotalAsync(StaffingType staffingType, SetZoneStaffingTotalDto input, CancellationToken cancellationToken = default);
}
