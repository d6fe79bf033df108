using TalentReform.Entities;

namespace TalentReform.Recruitment;

/// <summary>A relative working in the zone, as the candidate declares it (回避, 人社部规〔2019〕1号); the avoidance rule reads these.</summary>
/// <param name="AvoidanceFlag">What <see cref="AvoidanceCheck"/> flagged for HR about this relative (a same-unit relation), if anything.</param>
public sealed record RelativeDeclaration(KinshipRelation Relation, string Name, Guid? OrgUnitId, string UnitName, bool LeadsUnit, AvoidanceReason? AvoidanceFlag = null);

public class DeclaredRelative : Entity
{
    public Guid ApplicationId { get; private set; }
    public KinshipRelation Relation { get; private set; }
    public string Name { get; private set; } = null!;

    /// <summary>The unit in the zone, when the candidate picked it from the zone's units.</summary>
    public Guid? OrgUnitId { get; private set; }

    public string UnitName { get; private set; } = null!;

    /// <summary>Whether the relative leads (is a leader of) that unit.</summary>
    public bool LeadsUnit { get; private set; }

    /// <summary>回避 flagged for HR's review at registration (a relation in the same unit that does not refuse the application).</summary>
    public AvoidanceReason? AvoidanceFlag { get; private set; }

    protected DeclaredRelative()
    {
    }

    internal DeclaredRelative(Guid id, Guid applicationId, RelativeDeclaration declaration)
        : base(id)
    {
        ApplicationId = applicationId;
        Relation = declaration.Relation;
        Name = Check.NotNullOrWhiteSpace(declaration.Name, nameof(declaration.Name)).Trim();
        OrgUnitId = declaration.OrgUnitId;
        UnitName = Check.NotNullOrWhiteSpace(declaration.UnitName, nameof(declaration.UnitName)).Trim();
        LeadsUnit = declaration.LeadsUnit;
        AvoidanceFlag = declaration.AvoidanceFlag;
    }

    public RelativeDeclaration Declaration => new(Relation, Name, OrgUnitId, UnitName, LeadsUnit, AvoidanceFlag);
}
