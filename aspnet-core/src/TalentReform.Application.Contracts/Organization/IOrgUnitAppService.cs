using TalentReform.Dtos;
using TalentReform.Excel;

namespace TalentReform.Organization;

/// <summary>The zone's units. Delete abolishes (撤销) the unit: it stays on record with its end date.</summary>
public interface IOrgUnitAppService : ICrudAppService<OrgUnitDto, GetOrgUnitsInput, CreateOrgUnitDto, UpdateOrgUnitDto>, IExcelImportExport
{
    Task<ListResultDto<OrgUnitTreeNodeDto>> GetTreeAsync(GetOrgUnitTreeInput input, CancellationToken cancellationToken = default);

    Task<OrgUnitDto> MoveAsync(Guid id, MoveOrgUnitDto input, CancellationToken cancellationToken = default);
}
