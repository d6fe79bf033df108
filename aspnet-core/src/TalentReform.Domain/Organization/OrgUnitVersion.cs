using TalentReform.Entities;

namespace TalentReform.Organization;

/// <summary>
/// The place and names a unit had from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (inclusive; null: open).
/// <see cref="OrgUnitManager"/> writes one on every change of a unit (create, update, move, abolish) and on
/// every descendant a move re-codes, so the tree of any date can be rebuilt, moves included. Versions of one
/// unit never overlap. Not an aggregate: it is history owned by the unit, written only with it.
/// </summary>
public class OrgUnitVersion : Entity, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Code { get; private set; } = null!;
    public OrgUnitKind Kind { get; private set; }
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public string? ShortName { get; private set; }
    public int SortOrder { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    protected OrgUnitVersion()
    {
    }

    /// <summary>A snapshot of <paramref name="unit"/> as it is now, valid from <paramref name="validFrom"/>.</summary>
    public OrgUnitVersion(Guid id, OrgUnit unit, DateOnly validFrom)
        : base(id)
    {
        ZoneId = unit.ZoneId;
        OrgUnitId = unit.Id;
        ParentId = unit.ParentId;
        Code = unit.Code;
        Kind = unit.Kind;
        NameZh = unit.NameZh;
        NameEn = unit.NameEn;
        ShortName = unit.ShortName;
        SortOrder = unit.SortOrder;
        ValidFrom = validFrom;
        ValidTo = unit.EffectiveTo;
    }

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Same place and names as the unit has now.</summary>
    public bool Matches(OrgUnit unit) =>
        ParentId == unit.ParentId && Code == unit.Code && Kind == unit.Kind && NameZh == unit.NameZh && NameEn == unit.NameEn
        && ShortName == unit.ShortName && SortOrder == unit.SortOrder;

    internal void EndOn(DateOnly? lastDay) => ValidTo = lastDay;

    internal void StartOn(DateOnly firstDay) => ValidFrom = firstDay;
}
