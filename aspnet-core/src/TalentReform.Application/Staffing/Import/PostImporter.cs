using System.Globalization;
using TalentReform.Excel;
using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing.Import;

/// <summary>
/// The posts sheet. The unit is given by its code (as in the org-units export); the duty clauses a post
/// serves by their numbers in that unit's 三定 (e.g. "1,3").
/// </summary>
public sealed class PostImporter(OrgUnitManager orgUnits) : IExcelRowImporter<CreatePostDto, PostDto>
{
    public static readonly ExcelColumn Code = new("ExcelColumn:Post.Code", Required: true);
    public static readonly ExcelColumn OrgUnitCode = new("ExcelColumn:Post.OrgUnitCode", Required: true);
    public static readonly ExcelColumn OrgUnitName = new("ExcelColumn:Post.OrgUnitName", ExportOnly: true);
    public static readonly ExcelColumn TitleZh = new("ExcelColumn:Post.TitleZh", Required: true);
    public static readonly ExcelColumn TitleEn = new("ExcelColumn:Post.TitleEn", Required: true);
    public static readonly ExcelColumn Category = new("ExcelColumn:Post.Category", Required: true);
    public static readonly ExcelColumn Level = new("ExcelColumn:Post.Level");
    public static readonly ExcelColumn StaffingType = new("ExcelColumn:Post.StaffingType", Required: true);
    public static readonly ExcelColumn LeadershipRole = new("ExcelColumn:Post.LeadershipRole");
    public static readonly ExcelColumn Fte = new("ExcelColumn:Post.Fte");
    public static readonly ExcelColumn DutyClauses = new("ExcelColumn:Post.DutyClauses");
    public static readonly ExcelColumn Status = new("ExcelColumn:Post.Status", ExportOnly: true);

    private static readonly char[] NumberSeparators = [',', '，', '、', ';', '；', ' ', '\n'];

    private readonly Dictionary<string, OrgUnit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codeRows = new(StringComparer.Ordinal);

    public string SheetName => ExcelValues.SheetName("Posts");

    public IReadOnlyList<ExcelColumn> Columns { get; } =
        [Code, OrgUnitCode, OrgUnitName, TitleZh, TitleEn, Category, Level, StaffingType, LeadershipRole, Fte, DutyClauses, Status];

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        _units.Clear();
        _codeRows.Clear();
        foreach (var unit in await orgUnits.GetActiveUnitsWithFunctionsAsync(cancellationToken))
        {
            _units[unit.Code] = unit;
        }
    }

    public Task<CreatePostDto?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken)
    {
        var code = row.Text(Code, PostConsts.MaxCodeLength, PostConsts.CodePattern);
        if (code is not null && !_codeRows.TryAdd(code, row.Number))
        {
            row.AddError(Code, "ExcelImport:DuplicateInFile", Code.Header, code, _codeRows[code]);
        }

        var unit = Unit(row);
        var category = row.Enum<PostCategory>(Category);
        var level = row.Int(Level, 1, 13);
        if (category is { } c && !row.HasErrorIn(Level) && !PostLevels.IsValid(c, level))
        {
            // The domain's own rule and message (Post.SetGrade), reported with the row's other errors.
            row.AddError(Level, TalentReformErrorCodes.PostLevelInvalid, LocalizedEnum.Of(c), level?.ToString(CultureInfo.InvariantCulture) ?? "-", LevelRange(c));
        }

        var input = new CreatePostDto
        {
            Code = code!,
            OrgUnitId = unit?.Id,
            TitleZh = row.Text(TitleZh, PostConsts.MaxTitleLength)!,
            TitleEn = row.Text(TitleEn, PostConsts.MaxTitleLength)!,
            Category = category,
            Level = level,
            StaffingType = row.Enum<StaffingType>(StaffingType),
            LeadershipRole = row.Enum<LeadershipRole>(LeadershipRole) ?? Organization.LeadershipRole.None,
            Fte = row.Decimal(Fte, (decimal)PostConsts.MinFte, (decimal)PostConsts.MaxFte) ?? 1m,
            DutyClauseIds = Clauses(row, unit),
        };
        return Task.FromResult(row.HasErrors ? null : input);
    }

    public void Created(ExcelRowReader row, CreatePostDto input, PostDto result)
    {
    }

    public ExcelColumn ColumnOf(string errorCode) => errorCode switch
    {
        TalentReformErrorCodes.PostLevelInvalid => Level,
        TalentReformErrorCodes.LeadershipQuotaExceeded => LeadershipRole,
        TalentReformErrorCodes.PostDutyClauseNotInUnit => DutyClauses,
        TalentReformErrorCodes.OrgUnitAbolished => OrgUnitCode,
        _ => Code,
    };

    public static IReadOnlyDictionary<ExcelColumn, object?> ExportRow(PostDto post, OrgUnit? unit) => new Dictionary<ExcelColumn, object?>
    {
        [Code] = post.Code,
        [OrgUnitCode] = unit?.Code,
        [OrgUnitName] = unit?.NameZh,
        [TitleZh] = post.TitleZh,
        [TitleEn] = post.TitleEn,
        [Category] = ExcelValues.Text(post.Category),
        [Level] = post.Level,
        [StaffingType] = ExcelValues.Text(post.StaffingType),
        [LeadershipRole] = ExcelValues.Text(post.LeadershipRole),
        [Fte] = post.Fte,
        [DutyClauses] = unit is null ? null : string.Join(",", unit.Functions.Where(f => post.DutyClauseIds.Contains(f.Id)).Select(f => f.Number)),
        [Status] = ExcelValues.Text(post.Status),
    };

    private static LocalizedText LevelRange(PostCategory category) =>
        PostLevels.RangeOf(category) is { } range ? new LocalizedText("PostLevels:Range", range.Min, range.Max) : new LocalizedText("PostLevels:None");

    private OrgUnit? Unit(ExcelRowReader row)
    {
        var code = row.Text(OrgUnitCode, OrgUnitConsts.MaxCodeLength);
        if (code is null)
        {
            return null;
        }

        if (_units.TryGetValue(code, out var unit))
        {
            return unit;
        }

        row.AddError(OrgUnitCode, "ExcelImport:UnknownUnit", code);
        return null;
    }

    private static List<Guid> Clauses(ExcelRowReader row, OrgUnit? unit)
    {
        var text = row.Raw(DutyClauses);
        if (text is null)
        {
            return [];
        }

        var ids = new List<Guid>();
        foreach (var part in text.Split(NumberSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                row.AddError(DutyClauses, "ExcelImport:InvalidInteger", DutyClauses.Header, part);
            }
            else if (unit is not null)
            {
                if (unit.Functions.FirstOrDefault(f => f.Number == number) is { } function)
                {
                    ids.Add(function.Id);
                }
                else
                {
                    row.AddError(DutyClauses, "ExcelImport:UnknownDutyClause", unit.NameZh, number);
                }
            }
        }

        return ids.Distinct().ToList();
    }
}
