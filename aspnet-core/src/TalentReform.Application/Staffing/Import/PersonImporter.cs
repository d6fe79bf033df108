using TalentReform.Excel;
using TalentReform.PersonalData;

namespace TalentReform.Staffing.Import;

/// <summary>The persons sheet; ID numbers must be unique in the file and in the zone.</summary>
public sealed class PersonImporter : IExcelRowImporter<CreatePersonDto, PersonDto>
{
    public static readonly ExcelColumn Name = new("ExcelColumn:Person.Name", Required: true);
    public static readonly ExcelColumn Gender = new("ExcelColumn:Person.Gender", Required: true);
    public static readonly ExcelColumn BirthDate = new("ExcelColumn:Person.BirthDate", Required: true);
    public static readonly ExcelColumn IdNumber = new("ExcelColumn:Person.IdNumber", Required: true);
    public static readonly ExcelColumn Degree = new("ExcelColumn:Person.Degree");
    public static readonly ExcelColumn School = new("ExcelColumn:Person.School");
    public static readonly ExcelColumn Major = new("ExcelColumn:Person.Major");
    public static readonly ExcelColumn ProfessionalTitle = new("ExcelColumn:Person.ProfessionalTitle");
    public static readonly ExcelColumn Phone = new("ExcelColumn:Person.Phone");
    public static readonly ExcelColumn SealedStatus = new("ExcelColumn:Person.SealedStatus");

    private readonly Dictionary<string, int> _idNumberRows = new(StringComparer.Ordinal);

    public string SheetName => ExcelValues.SheetName("Persons");

    public IReadOnlyList<ExcelColumn> Columns { get; } =
        [Name, Gender, BirthDate, IdNumber, Degree, School, Major, ProfessionalTitle, Phone, SealedStatus];

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        _idNumberRows.Clear();
        return Task.CompletedTask;
    }

    public Task<CreatePersonDto?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken)
    {
        var idNumber = row.Text(IdNumber, PersonConsts.IdNumberLength, PersonConsts.IdNumberPattern)?.ToUpperInvariant();
        if (idNumber is not null && !_idNumberRows.TryAdd(idNumber, row.Number))
        {
            // The row number locates it; the message (and its log line) repeats the number masked only.
            row.AddError(IdNumber, "ExcelImport:DuplicateInFile", IdNumber.Header, PersonalDataMask.Mask(PersonalDataKind.IdNumber, idNumber), _idNumberRows[idNumber]);
        }

        var input = new CreatePersonDto
        {
            Name = row.Text(Name, PersonConsts.MaxNameLength)!,
            Gender = row.Enum<Gender>(Gender),
            BirthDate = row.Date(BirthDate),
            IdNumber = idNumber!,
            Degree = row.Enum<EducationDegree>(Degree),
            School = row.Text(School, PersonConsts.MaxSchoolLength),
            Major = row.Text(Major, PersonConsts.MaxMajorLength),
            ProfessionalTitle = row.Text(ProfessionalTitle, PersonConsts.MaxProfessionalTitleLength),
            Phone = row.Text(Phone, PersonConsts.MaxPhoneLength, PersonConsts.PhonePattern),
            SealedStatus = row.Bool(SealedStatus),
        };
        return Task.FromResult(row.HasErrors ? null : input);
    }

    public void Created(ExcelRowReader row, CreatePersonDto input, PersonDto result)
    {
    }

    public ExcelColumn ColumnOf(string errorCode) => errorCode == TalentReformErrorCodes.PersonIdNumberAlreadyExists ? IdNumber : Name;

    /// <summary>One export row; <paramref name="person"/> carries the ID number as the caller may see it (masked or not).</summary>
    public static IReadOnlyDictionary<ExcelColumn, object?> ExportRow(PersonDto person) => new Dictionary<ExcelColumn, object?>
    {
        [Name] = person.Name,
        [Gender] = ExcelValues.Text(person.Gender),
        [BirthDate] = ExcelValues.Date(person.BirthDate),
        [IdNumber] = person.IdNumber,
        [Degree] = ExcelValues.TextOrNull(person.Degree),
        [School] = person.School,
        [Major] = person.Major,
        [ProfessionalTitle] = person.ProfessionalTitle,
        [Phone] = person.Phone,
        [SealedStatus] = ExcelValues.Text(person.SealedStatus),
    };
}
