using TalentReform.Entities;
using TalentReform.PersonalData;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>A relative an examiner declares (回避, 人社部规〔2019〕1号): matched to candidates by 身份证号.</summary>
public sealed record ExaminerRelativeDeclaration(KinshipRelation Relation, string Name, string IdNumber);

/// <summary>
/// 考官: a member of a campaign's examination panel (staff or outside expert), registered with the relations they
/// declare. Score entry names the examiners who scored; one related to the candidate must recuse
/// (<see cref="ExaminerRecusal"/>, 履职回避).
/// </summary>
public class CampaignExaminer : AggregateRoot, IMultiZone, IHasCreationTime
{
    private readonly List<ExaminerRelative> _relatives = [];

    public Guid? ZoneId { get; private set; }
    public Guid CampaignId { get; private set; }

    /// <summary>考官编号, unique in the campaign: the score sheet names examiners by it.</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    [Personal(PersonalDataKind.IdNumber)]
    public string IdNumber { get; private set; } = null!;

    /// <summary>工作单位 (an outside expert's institution, or the zone unit).</summary>
    public string? Organization { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public IReadOnlyList<ExaminerRelative> Relatives => _relatives;

    protected CampaignExaminer()
    {
    }

    public CampaignExaminer(
        Guid id, Guid zoneId, Guid campaignId, string code, string name, string idNumber, string? organization,
        IReadOnlyList<ExaminerRelativeDeclaration> relatives, DateTimeOffset now)
        : base(id)
    {
        if (relatives.Count > ExaminerConsts.MaxRelatives)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationTooManyRelatives, ExaminerConsts.MaxRelatives);
        }

        ZoneId = zoneId;
        CampaignId = campaignId;
        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim().ToUpperInvariant();
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        IdNumber = Person.NormalizeIdNumber(idNumber);
        Organization = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim();
        CreationTime = now;
        _relatives.AddRange(relatives.Select(r => new ExaminerRelative(Guid.NewGuid(), id, r)));
    }

    /// <summary>The relations with the candidate of <paramref name="application"/>: a relative with the candidate's 身份证号.</summary>
    public IEnumerable<ExaminerRelation> RelationsWith(Application application) =>
        _relatives.Where(r => r.IdNumber == application.IdNumber).Select(r => new ExaminerRelation(Id, application.Id, r.Relation));
}

public class ExaminerRelative : Entity
{
    public Guid ExaminerId { get; private set; }
    public KinshipRelation Relation { get; private set; }
    public string Name { get; private set; } = null!;

    [Personal(PersonalDataKind.IdNumber)]
    public string IdNumber { get; private set; } = null!;

    protected ExaminerRelative()
    {
    }

    internal ExaminerRelative(Guid id, Guid examinerId, ExaminerRelativeDeclaration declaration)
        : base(id)
    {
        ExaminerId = examinerId;
        Relation = declaration.Relation;
        Name = Check.NotNullOrWhiteSpace(declaration.Name, nameof(declaration.Name)).Trim();
        IdNumber = Person.NormalizeIdNumber(declaration.IdNumber);
    }
}
