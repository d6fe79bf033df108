using TalentReform.Entities;

namespace TalentReform.Organization;

/// <summary>
/// A unit of the zone's organisation (管委会, 局, 科室, 事业单位, 平台公司): a tree node with a materialised
/// path <see cref="Code"/>, its 三定 duty clauses and its approval. The tree-wide rules (unique codes,
/// subtree moves, abolition checks) need other units and posts, so they live in <see cref="OrgUnitManager"/>.
/// </summary>
public class OrgUnit : AggregateRoot, IMultiZone, IHasCreationTime
{
    private readonly List<OrgUnitFunction> _functions = [];

    public Guid? ZoneId { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Code { get; private set; } = null!;
    public OrgUnitKind Kind { get; private set; }
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public string? ShortName { get; private set; }
    public int SortOrder { get; private set; }
    public string? ApprovalDocumentNumber { get; private set; }
    public DateOnly? ApprovalDate { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Last day the unit exists (inclusive); null while it has no planned end.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    public bool IsAbolished { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }

    /// <summary>The numbered duty clauses, in number order; changed only through <see cref="SetFunctions"/>.</summary>
    public IReadOnlyList<OrgUnitFunction> Functions => _functions.OrderBy(f => f.Number).ToList();

    public int Depth => OrgUnitCodes.Depth(Code);

    protected OrgUnit()
    {
    }

    /// <summary>Use <see cref="OrgUnitManager.CreateAsync"/>, which assigns a free code under the parent.</summary>
    public OrgUnit(Guid id, Guid zoneId, OrgUnit? parent, string code, OrgUnitKind kind, string nameZh, string nameEn, DateOnly effectiveFrom, DateTimeOffset creationTime)
        : base(id)
    {
        ZoneId = zoneId;
        ParentId = parent?.Id;
        Code = Check.NotNullOrWhiteSpace(code, nameof(code));
        SetDetails(kind, nameZh, nameEn, null, 0);
        SetEffectivePeriod(effectiveFrom, null);
        CreationTime = creationTime;
    }

    public void SetDetails(OrgUnitKind kind, string nameZh, string nameEn, string? shortName, int sortOrder)
    {
        Kind = kind;
        NameZh = Check.NotNullOrWhiteSpace(nameZh, nameof(nameZh)).Trim();
        NameEn = Check.NotNullOrWhiteSpace(nameEn, nameof(nameEn)).Trim();
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName.Trim();
        SortOrder = sortOrder;
    }

    /// <summary>The 批文 that created or last redefined the unit.</summary>
    public void SetApproval(string? documentNumber, DateOnly? date)
    {
        ApprovalDocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        ApprovalDate = date;
    }

    public void SetEffectivePeriod(DateOnly from, DateOnly? to)
    {
        if (to is { } end && end < from)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitEffectiveDatesInvalid, from, end);
        }

        EffectiveFrom = from;
        EffectiveTo = to;
    }

    public bool IsEffectiveOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    public bool IsAncestorOf(OrgUnit other) => OrgUnitCodes.IsDescendantOf(other.Code, Code);

    /// <summary>
    /// Replaces the duty clauses with <paramref name="clauses"/>, numbered 1..n in the given order. A clause
    /// with an id keeps it (posts cite clauses by id); one without an id is new; clauses left out are removed.
    /// </summary>
    public void SetFunctions(IReadOnlyList<(Guid? Id, string Text)> clauses)
    {
        var kept = new List<OrgUnitFunction>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var (id, text) = clauses[i];
            if (id is { } existingId)
            {
                var function = _functions.FirstOrDefault(f => f.Id == existingId)
                    ?? throw new BusinessException(TalentReformErrorCodes.OrgUnitFunctionNotFound, existingId);
                function.Change(i + 1, text);
                kept.Add(function);
            }
            else
            {
                kept.Add(new OrgUnitFunction(Guid.NewGuid(), Id, i + 1, text));
            }
        }

        _functions.Clear();
        _functions.AddRange(kept);
    }

    /// <summary>
    /// A staffing plan's form of <see cref="SetFunctions"/>: every clause carries its id, chosen when the change
    /// was drafted, so a later change of the same plan (a post citing a new clause) can refer to it.
    /// </summary>
    internal void ReplaceFunctions(IReadOnlyList<(Guid Id, string Text)> clauses)
    {
        var kept = new List<OrgUnitFunction>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var (id, text) = clauses[i];
            var function = _functions.FirstOrDefault(f => f.Id == id);
            if (function is null)
            {
                function = new OrgUnitFunction(id, Id, i + 1, text);
            }
            else
            {
                function.Change(i + 1, text);
            }

            kept.Add(function);
        }

        _functions.Clear();
        _functions.AddRange(kept);
    }

    /// <summary>A merge: this unit's duty clauses become the survivor's last clauses, keeping their ids (posts cite them).</summary>
    internal void TransferFunctionsTo(OrgUnit survivor)
    {
        var next = survivor._functions.Select(f => f.Number).DefaultIfEmpty(0).Max();
        foreach (var function in _functions.OrderBy(f => f.Number))
        {
            function.MoveTo(survivor.Id, ++next);
            survivor._functions.Add(function);
        }

        _functions.Clear();
    }

    public OrgUnitFunction AddFunction(string text)
    {
        var function = new OrgUnitFunction(Guid.NewGuid(), Id, _functions.Select(f => f.Number).DefaultIfEmpty(0).Max() + 1, text);
        _functions.Add(function);
        return function;
    }

    /// <summary>Re-parents this unit with its new code; the manager rebases the descendants' codes.</summary>
    public void MoveTo(OrgUnit? newParent, string newCode)
    {
        EnsureCanMoveUnder(newParent);
        ParentId = newParent?.Id;
        Code = Check.NotNullOrWhiteSpace(newCode, nameof(newCode));
    }

    /// <summary>Refuses a move under itself, under a descendant (a cycle), or into or out of abolished units.</summary>
    public void EnsureCanMoveUnder(OrgUnit? newParent)
    {
        if (newParent is not null)
        {
            if (newParent.Id == Id)
            {
                throw new BusinessException(TalentReformErrorCodes.OrgUnitCannotMoveUnderItself, NameZh);
            }

            if (IsAncestorOf(newParent))
            {
                throw new BusinessException(TalentReformErrorCodes.OrgUnitCannotMoveUnderDescendant, NameZh, newParent.NameZh);
            }

            newParent.EnsureNotAbolished();
        }

        EnsureNotAbolished();
    }

    /// <summary>Follows a moved ancestor.</summary>
    internal void RebaseCode(string oldPrefix, string newPrefix) => Code = OrgUnitCodes.Rebase(Code, oldPrefix, newPrefix);

    /// <summary>
    /// Ends the unit on <paramref name="lastDay"/>. Refused while it still has sub-units or posts: they must
    /// be moved or removed first, so no person or post is left hanging in a unit that no longer exists.
    /// </summary>
    public void Abolish(DateOnly lastDay, int activeChildCount, int postCount)
    {
        EnsureNotAbolished();
        if (activeChildCount > 0)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitHasChildren, NameZh, activeChildCount);
        }

        if (postCount > 0)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitHasPosts, NameZh, postCount);
        }

        SetEffectivePeriod(EffectiveFrom, lastDay);
        IsAbolished = true;
    }

    public void EnsureNotAbolished()
    {
        if (IsAbolished)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitAbolished, NameZh);
        }
    }
}
