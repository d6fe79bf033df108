using TalentReform.Data;
using TalentReform.Excel;

namespace TalentReform.Organization.Import;

/// <summary>
/// The org-units sheet. A unit's code is assigned by the system, so the parent is given as the code of an
/// existing unit (as exported) or as the Chinese name of a unit created by an earlier row of the same file;
/// the duty clauses (三定 职能) are one per line of their cell.
/// </summary>
public sealed class OrgUnitImporter(IOrgUnitRepository units, IAsyncQueryableExecuter executer) : IExcelRowImporter<CreateOrgUnitDto, OrgUnitDto>
{
    public static readonly ExcelColumn Code = new("ExcelColumn:OrgUnit.Code", ExportOnly: true);
    public static readonly ExcelColumn ParentCode = new("ExcelColumn:OrgUnit.ParentCode");
    public static readonly ExcelColumn Kind = new("ExcelColumn:OrgUnit.Kind", Required: true);
    public static readonly ExcelColumn NameZh = new("ExcelColumn:OrgUnit.NameZh", Required: true);
    public static readonly ExcelColumn NameEn = new("ExcelColumn:OrgUnit.NameEn", Required: true);
    public static readonly ExcelColumn ShortName = new("ExcelColumn:OrgUnit.ShortName");
    public static readonly ExcelColumn SortOrder = new("ExcelColumn:OrgUnit.SortOrder");
    public static readonly ExcelColumn ApprovalDocumentNumber = new("ExcelColumn:OrgUnit.ApprovalDocumentNumber");
    public static readonly ExcelColumn ApprovalDate = new("ExcelColumn:OrgUnit.ApprovalDate");
    public static readonly ExcelColumn EffectiveFrom = new("ExcelColumn:OrgUnit.EffectiveFrom", Required: true);
    public static readonly ExcelColumn EffectiveTo = new("ExcelColumn:OrgUnit.EffectiveTo");
    public static readonly ExcelColumn Functions = new("ExcelColumn:OrgUnit.Functions");

    private readonly Dictionary<string, Guid> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _createdByName = new(StringComparer.Ordinal);

    public string SheetName => ExcelValues.SheetName("OrgUnits");

    public IReadOnlyList<ExcelColumn> Columns { get; } =
        [Code, ParentCode, Kind, NameZh, NameEn, ShortName, SortOrder, ApprovalDocumentNumber, ApprovalDate, EffectiveFrom, EffectiveTo, Functions];

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        _byCode.Clear();
        _createdByName.Clear();
        var active = await executer.ToListAsync(
            units.GetQueryable().Where(u => !u.IsAbolished).Select(u => new { u.Id, u.Code }), cancellationToken);
        foreach (var unit in active)
        {
            _byCode[unit.Code] = unit.Id;
        }
    }

    public Task<CreateOrgUnitDto?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken)
    {
        var input = new CreateOrgUnitDto
        {
            ParentId = Parent(row),
            Kind = row.Enum<OrgUnitKind>(Kind),
            NameZh = row.Text(NameZh, OrgUnitConsts.MaxNameLength)!,
            NameEn = row.Text(NameEn, OrgUnitConsts.MaxNameLength)!,
            ShortName = row.Text(ShortName, OrgUnitConsts.MaxShortNameLength),
            SortOrder = row.Int(SortOrder, 0, 9999) ?? 0,
            ApprovalDocumentNumber = row.Text(ApprovalDocumentNumber, OrgUnitConsts.MaxApprovalDocumentNumberLength),
            ApprovalDate = row.Date(ApprovalDate),
            EffectiveFrom = row.Date(EffectiveFrom),
            EffectiveTo = row.Date(EffectiveTo),
            Functions = Clauses(row),
        };
        return Task.FromResult(row.HasErrors ? null : input);
    }

    public void Created(ExcelRowReader row, CreateOrgUnitDto input, OrgUnitDto result)
    {
        _byCode[result.Code] = result.Id;
        _createdByName.TryAdd(result.NameZh, result.Id);
    }

    public ExcelColumn ColumnOf(string errorCode) => errorCode switch
    {
        TalentReformErrorCodes.OrgUnitEffectiveDatesInvalid => EffectiveTo,
        TalentReformErrorCodes.OrgUnitAbolished or TalentReformErrorCodes.OrgUnitTooDeep or TalentReformErrorCodes.OrgUnitCodeSpaceExhausted => ParentCode,
        _ => NameZh,
    };

    /// <summary>One export row; <paramref name="parentCode"/> is null for a top-level unit.</summary>
    public static IReadOnlyDictionary<ExcelColumn, object?> ExportRow(OrgUnitDto unit, string? parentCode) => new Dictionary<ExcelColumn, object?>
    {
        [Code] = unit.Code,
        [ParentCode] = parentCode,
        [Kind] = ExcelValues.Text(unit.Kind),
        [NameZh] = unit.NameZh,
        [NameEn] = unit.NameEn,
        [ShortName] = unit.ShortName,
        [SortOrder] = unit.SortOrder,
        [ApprovalDocumentNumber] = unit.ApprovalDocumentNumber,
        [ApprovalDate] = ExcelValues.Date(unit.ApprovalDate),
        [EffectiveFrom] = ExcelValues.Date(unit.EffectiveFrom),
        [EffectiveTo] = ExcelValues.Date(unit.EffectiveTo),
        [Functions] = unit.Functions.Count == 0 ? null : string.Join("\n", unit.Functions.OrderBy(f => f.Number).Select(f => f.Text)),
    };

    private Guid? Parent(ExcelRowReader row)
    {
        var code = row.Text(ParentCode, OrgUnitConsts.MaxNameLength);
        if (code is null)
        {
            return null;
        }

        if (_byCode.TryGetValue(code, out var id) || _createdByName.TryGetValue(code, out id))
        {
            return id;
        }

        row.AddError(ParentCode, "ExcelImport:UnknownParentUnit", code);
        return null;
    }

    private static List<OrgUnitFunctionInput> Clauses(ExcelRowReader row)
    {
        var text = row.Raw(Functions);
        if (text is null)
        {
            return [];
        }

        var clauses = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new OrgUnitFunctionInput { Text = t })
            .ToList();
        if (clauses.Count > OrgUnitConsts.MaxFunctions)
        {
            row.AddError(Functions, "ExcelImport:TooManyLines", Functions.Header, OrgUnitConsts.MaxFunctions);
        }

        if (clauses.Any(c => c.Text.Length > OrgUnitConsts.MaxFunctionTextLength))
        {
            row.AddError(Functions, "Validation:StringLength", Functions.Header, OrgUnitConsts.MaxFunctionTextLength);
        }

        return clauses;
    }
}
