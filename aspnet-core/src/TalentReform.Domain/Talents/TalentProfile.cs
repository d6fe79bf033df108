using TalentReform.Entities;
using TalentReform.Staffing;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// A talent the zone's policies may reward: someone on a post (<see cref="PersonId"/>) or an external talent
/// (e.g. an employee of a company in the zone), with the facts benefit rules read, and the user account the
/// talent signs in with to see their own benefits (<see cref="UserId"/>).
/// </summary>
public class TalentProfile : AggregateRoot, IMultiZone, IHasCreationTime
{
    public Guid? ZoneId { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? UserId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Employer { get; private set; }
    public EducationDegree? Degree { get; private set; }
    public DateOnly? DegreeDate { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public DateOnly? ArrivedOn { get; private set; }
    public bool EmployerInZone { get; private set; }
    public decimal? ContractYears { get; private set; }
    public int? SocialInsuranceMonths { get; private set; }
    public TalentTierLevel? Tier { get; private set; }
    public string? Field { get; private set; }
    public bool OverseasExperience { get; private set; }
    public bool OwnsHomeInZone { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }

    protected TalentProfile()
    {
    }

    public TalentProfile(Guid id, Guid zoneId, string name, DateTimeOffset creationTime)
        : base(id)
    {
        ZoneId = zoneId;
        Rename(name);
        IsActive = true;
        CreationTime = creationTime;
    }

    public void Rename(string name) => Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();

    public void SetEmployment(string? employer, bool inZone, decimal? contractYears, int? socialInsuranceMonths, DateOnly? arrivedOn)
    {
        Employer = string.IsNullOrWhiteSpace(employer) ? null : employer.Trim();
        EmployerInZone = inZone;
        ContractYears = contractYears;
        SocialInsuranceMonths = socialInsuranceMonths;
        ArrivedOn = arrivedOn;
    }

    public void SetBackground(
        EducationDegree? degree, DateOnly? degreeDate, DateOnly? birthDate, TalentTierLevel? tier, string? field, bool overseasExperience, bool ownsHomeInZone)
    {
        Degree = degree;
        DegreeDate = degreeDate;
        BirthDate = birthDate;
        Tier = tier;
        Field = string.IsNullOrWhiteSpace(field) ? null : field.Trim();
        OverseasExperience = overseasExperience;
        OwnsHomeInZone = ownsHomeInZone;
    }

    /// <summary>An approved 人才认定 sets the tier the rules read.</summary>
    public void Certify(TalentTierLevel tier) => Tier = tier;

    /// <summary>The certification the tier rested on expired: the highest tier still validly certified, or none.</summary>
    public void Recertify(TalentTierLevel? tier) => Tier = tier;

    public void Link(Guid? personId, Guid? userId)
    {
        PersonId = personId;
        UserId = userId;
    }

    public void SetActive(bool isActive) => IsActive = isActive;

    /// <summary>The facts as benefit rules read them.</summary>
    public TalentFacts Facts => new(
        Degree, DegreeDate, BirthDate, ArrivedOn, EmployerInZone, ContractYears, SocialInsuranceMonths, Tier, Field, OverseasExperience, OwnsHomeInZone);
}
