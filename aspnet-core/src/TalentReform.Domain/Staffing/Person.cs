using TalentReform.Entities;

namespace TalentReform.Staffing;

/// <summary>
/// A person on (or for) the zone's posts. The ID number is stored in full because 编办, 组织, 人社 and 财政
/// match 实名制 records on it; the application layer masks it for callers without the permission.
/// </summary>
public class Person : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public string Name { get; private set; } = null!;
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public string IdNumber { get; private set; } = null!;
    public EducationDegree? Degree { get; private set; }
    public string? School { get; private set; }
    public string? Major { get; private set; }
    public string? ProfessionalTitle { get; private set; }
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

    /// <summary>Keeps the region prefix and the last digits (2102**********1234), as Chinese forms print it.</summary>
    public static string MaskIdNumber(string idNumber)
    {
        const int visible = PersonConsts.IdNumberVisibleChars;
        return idNumber.Length <= visible * 2
            ? new string('*', idNumber.Length)
            : idNumber[..visible] + new string('*', idNumber.Length - (visible * 2)) + idNumber[^visible..];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
