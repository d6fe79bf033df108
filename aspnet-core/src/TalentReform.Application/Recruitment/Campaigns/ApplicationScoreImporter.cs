using TalentReform.Excel;
using TalentReform.PersonalData;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>One imported row: the campaign's application (found by 身份证号) and the scores to record.</summary>
public sealed record ImportScoreRow(Guid ApplicationId, decimal? WrittenScore, decimal? InterviewScore);

/// <summary>
/// The score sheet of a campaign: 身份证号, 笔试成绩, 面试成绩. A row names an application of the campaign; each score
/// is recorded as a single entry would be (the application must be at that stage), so a refusal is that row's error.
/// </summary>
public sealed class ApplicationScoreImporter(IApplicationRepository applications) : IExcelRowImporter<ImportScoreRow, ApplicationDto>
{
    public static readonly ExcelColumn IdNumber = new("ExcelColumn:Person.IdNumber", Required: true);
    public static readonly ExcelColumn WrittenScore = new("ExcelColumn:Application.WrittenScore");
    public static readonly ExcelColumn InterviewScore = new("ExcelColumn:Application.InterviewScore");

    private readonly Dictionary<string, int> _idNumberRows = new(StringComparer.Ordinal);

    /// <summary>The campaign whose applications the rows name (set before the import runs).</summary>
    public Guid CampaignId { get; set; }

    public string SheetName => ExcelValues.SheetName("ApplicationScores");

    public IReadOnlyList<ExcelColumn> Columns { get; } = [IdNumber, WrittenScore, InterviewScore];

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        _idNumberRows.Clear();
        return Task.CompletedTask;
    }

    public async Task<ImportScoreRow?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken)
    {
        var idNumber = row.Text(IdNumber, PersonConsts.IdNumberLength, PersonConsts.IdNumberPattern)?.ToUpperInvariant();
        var written = row.Decimal(WrittenScore, 0m, RecruitmentCampaignConsts.MaxScore);
        var interview = row.Decimal(InterviewScore, 0m, RecruitmentCampaignConsts.MaxScore);
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

        return row.HasErrors ? null : new ImportScoreRow(applicationId!.Value, written, interview);
    }

    public void Created(ExcelRowReader row, ImportScoreRow input, ApplicationDto result)
    {
    }

    public ExcelColumn ColumnOf(string errorCode) =>
        errorCode is TalentReformErrorCodes.ApplicationScoreNotAtStage or TalentReformErrorCodes.ApplicationScoreOutOfRange ? WrittenScore : IdNumber;
}
