using TalentReform.Entities;
using TalentReform.PersonalData;

namespace TalentReform.Staffing;

/// <summary>
/// A person on (or for) the zone's posts. The ID number is stored in full because 编办, 组织, 人社 and 财政
/// match 实名制 records on it. It and the phone are personal data (<see cref="PersonalAttribute"/>): masked for callers
/// without the permission, and stored masked in the audit log.
/// </summary>
public class Person : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public string Name { get; private set; } = null!;
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }
    [Personal(PersonalDataKind.IdNumber)]
    public string IdNumber { get; private set; } = null!;
    public EducationDegree? Degree { get; private set; }
    public string? School { get; private set; }
    public string? Major { get; private set; }
    public string? ProfessionalTitle { get; private set; }
    [Personal(PersonalDataKind.Phone)]
    public string? Phone { get; private set; }

    /// <summary>身份封存: the original cadre/staff status is sealed while the person serves under the reform's appointment.</summary>
    public bool SealedStatus { get; private set; }

    protected Person()
    {
    }

    public Person(Guid id, Guid zoneId, string name, Gender gender, DateOnly birthDate, string idNumber)
        : base(id)
    {
        ZoneId = zoneId;
        SetIdentity(name, gender, birthDate, idNumber);
    }

    public void SetIdentity(string name, Gender gender, DateOnly birthDate, string idNumber)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        Gender = gender;
        BirthDate = birthDate;
        IdNumber = NormalizeIdNumber(idNumber);
    }

    public void SetEducation(EducationDegree? degree, string? school, string? major)
    {
        Degree = degree;
        School = Clean(school);
        Major = Clean(major);
    }

    public void SetProfile(string? professionalTitle, string? phone, bool sealedStatus)
    {
        ProfessionalTitle = Clean(professionalTitle);
        Phone = Clean(phone);
        SealedStatus = sealedStatus;
    }

    /// <summary>The check character is stored upper-case, so lookups need not care how it was typed.</summary>
    public static string NormalizeIdNumber(string idNumber) => Check.NotNullOrWhiteSpace(idNumber, nameof(idNumber)).Trim().ToUpperInvariant();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
