using TalentReform.Data;
using TalentReform.Excel;
using TalentReform.PersonalData;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>One imported row: the campaign's application (found by 身份证号), the scores to record and the examiners who gave them.</summary>
public sealed record ImportScoreRow(Guid ApplicationId, decimal? WrittenScore, decimal? InterviewScore, IReadOnlyList<Guid> ExaminerIds);

/// <summary>
/// The score sheet of a campaign: 身份证号, 笔试成绩, 面试成绩, 评分考官编号 (examiner codes separated by commas). A row names
/// an application of the campaign; each score is recorded as a single entry would be (the application must be at that
/// stage, the examiners registered and none related to the candidate), so a refusal is that row's error.
/// </summary>
public sealed class ApplicationScoreImporter(IApplicationRepository applications, IRepository<CampaignExaminer> examiners, IAsyncQueryableExecuter executer)
    : IExcelRowImporter<ImportScoreRow, ApplicationDto>
{
    public static readonly ExcelColumn IdNumber = new("ExcelColumn:Person.IdNumber", Required: true);
    public static readonly ExcelColumn WrittenScore = new("ExcelColumn:Application.WrittenScore");
    public static readonly ExcelColumn InterviewScore = new("ExcelColumn:Application.InterviewScore");
    public static readonly ExcelColumn Examiners = new("ExcelColumn:Application.Examiners");

    private static readonly char[] CodeSeparators = [',', '，', '、', ';', '；', ' '];

    private readonly Dictionary<string, int> _idNumberRows = new(StringComparer.Ordinal);
    private Dictionary<string, Guid> _examinerCodes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The campaign whose applications the rows name (set before the import runs).</summary>
    public Guid CampaignId { get; set; }

    public string SheetName => ExcelValues.SheetName("ApplicationScores");

    public IReadOnlyList<ExcelColumn> Columns { get; } = [IdNumber, WrittenScore, InterviewScore, Examiners];

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        _idNumberRows.Clear();
        var panel = await executer.ToListAsync(examiners.GetDetachedQueryable().Where(e => e.CampaignId == CampaignId), cancellationToken);
        _examinerCodes = panel.ToDictionary(e => e.Code, e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<ImportScoreRow?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken)
    {
        var idNumber = row.Text(IdNumber, PersonConsts.IdNumberLength, PersonConsts.IdNumberPattern)?.ToUpperInvariant();
        var written = row.Decimal(WrittenScore, 0m, RecruitmentCampaignConsts.MaxScore);
        var interview = row.Decimal(InterviewScore, 0m, RecruitmentCampaignConsts.MaxScore);
        var examinerIds = new List<Guid>();
        foreach (var code in (row.Text(Examiners, ExaminerConsts.MaxCodeLength * ExaminerConsts.MaxScoredBy) ?? "").Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (_examinerCodes.TryGetValue(code, out var examinerId))
            {
                examinerIds.Add(examinerId);
            }
            else
            {
                row.AddError(Examiners, "ExcelImport:ExaminerNotFound", code);
            }
        }

        if (idNumber is null)
        {
            return null;
        }

        var masked = PersonalDataMask.Mask(PersonalDataKind.IdNumber, idNumber);
        if (!_idNumberRows.TryAdd(idNumber, row.Number))
        {
            row.AddError(IdNumber, "ExcelImport:DuplicateInFile", IdNumber.Header, masked, _idNumberRows[idNumber]);
            return null;
        }

        var applicationId = await applications.FindIdByIdNumberAsync(CampaignId, idNumber, cancellationToken);
        if (applicationId is null)
        {
            // The message repeats the number masked only (it is logged).
            row.AddError(IdNumber, "ExcelImport:ApplicationNotFound", masked);
        }

        return row.HasErrors ? null : new ImportScoreRow(applicationId!.Value, written, interview, examinerIds);
    }

    public void Created(ExcelRowReader row, ImportScoreRow input, ApplicationDto result)
    {
    }

    public ExcelColumn ColumnOf(string errorCode) => errorCode switch
    {
        TalentReformErrorCodes.ApplicationScoreNotAtStage or TalentReformErrorCodes.ApplicationScoreOutOfRange => WrittenScore,
        TalentReformErrorCodes.ExaminerMustRecuse or TalentReformErrorCodes.ExaminersRequired or TalentReformErrorCodes.ExaminerNotRegistered => Examiners,
        _ => IdNumber,
    };
}
