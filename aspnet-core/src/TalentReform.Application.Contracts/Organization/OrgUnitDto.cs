namespace TalentReform.Organization;

public record OrgUnitDto(
    Guid Id,
    Guid? ParentId,
    string Code,
    OrgUnitKind Kind,
    string NameZh,
    string NameEn,
    string? ShortName,
    int SortOrder,
    string? ApprovalDocumentNumber,
    DateOnly? ApprovalDate,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool IsAbolished,
    IReadOnlyList<OrgUnitFunctionDto> Functions,
    string ConcurrencyStamp);
