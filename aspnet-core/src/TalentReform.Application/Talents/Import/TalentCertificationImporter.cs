using TalentReform.Data;
using TalentReform.Excel;

namespace TalentReform.Talents.Import;

/// <summary>
/// The 人才认定 sheet: certifications already granted (by the 人才办 or an authorised employer), one per row. The
/// talent is found by the name on their profile, with the employer when two talents share a name; certificate
/// numbers must be unique in the file and in the zone.
/// </summary>
public sealed class TalentCertificationImporter(IRepository<TalentProfile> profiles, IAsyncQueryableExecuter executer)
    : IExcelRowImporter<CreateTalentCertificationDto, TalentCertificationDto>
{
    public static readonly ExcelColumn Name = new("ExcelColumn:Certification.Name", Required: true);
    public static readonly ExcelColumn Employer = new("ExcelColumn:Certification.Employer");
    public static readonly ExcelColumn Level = new("ExcelColumn:Certification.Level", Required: true);
    public static readonly ExcelColumn CertifyingBody = new("ExcelColumn:Certification.CertifyingBody", Required: true);
    public static readonly ExcelColumn CertifiedOn = new("ExcelColumn:Certification.CertifiedOn", Required: true);
    public static readonly ExcelColumn ValidUntil = new("ExcelColumn:Certification.ValidUntil");
    public static readonly ExcelColumn CertificateNo = new("ExcelColumn:Certification.CertificateNo", Required: true);

    private readonly Dictionary<string, int> _numberRows = new(StringComparer.Ordinal);
    private ILookup<string, (Guid Id, string? Employer)> _profilesByName = Enumerable.Empty<(Guid, string?)>().ToLookup(_ => "");

    public string SheetName => ExcelValues.SheetName("Certifications");

    public IReadOnlyList<ExcelColumn> Columns { get; } = [Name, Employer, Level, CertifyingBody, CertifiedOn, ValidUntil, CertificateNo];

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        _numberRows.Clear();
        _profilesByName = (await executer.ToListAsync(profiles.GetDetachedQueryable().Select(p => new { p.Id, p.Name, p.Employer }), cancellationToken))
            .ToLookup(p => p.Name, p => (p.Id, p.Employer));
    }

    public Task<CreateTalentCertificationDto?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken)
    {
        var name = row.Text(Name, TalentProfileConsts.MaxNameLength);
        var employer = row.Text(Employer, TalentProfileConsts.MaxEmployerLength);
        var number = row.Text(CertificateNo, TalentCertificationConsts.MaxCertificateNoLength);
        if (number is not null && !_numberRows.TryAdd(number, row.Number))
        {
            row.AddError(CertificateNo, "ExcelImport:DuplicateInFile", CertificateNo.Header, number, _numberRows[number]);
        }

        Guid? profileId = null;
        if (name is not null)
        {
            var matches = _profilesByName[name].Where(p => employer is null || p.Employer == employer).ToList();
            if (matches.Count == 1)
            {
                profileId = matches[0].Id;
            }
            else
            {
                row.AddError(Name, matches.Count == 0 ? "ExcelImport:TalentNotFound" : "ExcelImport:TalentAmbiguous", name);
            }
        }

        var input = new CreateTalentCertificationDto
        {
            ProfileId = profileId ?? Guid.Empty,
            Level = row.Enum<TalentTierLevel>(Level) ?? default,
            CertifyingBody = row.Text(CertifyingBody, TalentCertificationConsts.MaxCertifyingBodyLength)!,
            CertifiedOn = row.Date(CertifiedOn) ?? default,
            ValidUntil = row.Date(ValidUntil),
            CertificateNo = number!,
        };
        return Task.FromResult(row.HasErrors ? null : input);
    }

    public void Created(ExcelRowReader row, CreateTalentCertificationDto input, TalentCertificationDto result)
    {
    }

    public ExcelColumn ColumnOf(string errorCode) => errorCode switch
    {
        TalentReformErrorCodes.CertificationValidityInvalid => ValidUntil,
        _ => CertificateNo,
    };
}
