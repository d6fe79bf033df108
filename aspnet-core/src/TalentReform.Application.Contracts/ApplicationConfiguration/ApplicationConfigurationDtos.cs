using TalentReform.Account;
using TalentReform.Planning;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.ApplicationConfiguration;

/// <summary>
/// What the UI needs from the server before it shows a form (as ABP's application configuration): who is signed
/// in and in which zone, what they may do, the cultures, and the rules the forms check before sending. Each rule
/// comes from the same Domain.Shared source as the server's own validation.
/// </summary>
/// <param name="ApprovalDocumentKinds">The kinds of document the approval engine knows, with the client path of one
/// document of each: notices and inbox items link there (ADR 0010).</param>
public record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser, AuthConfigurationDto Auth, LocalizationConfigurationDto Localization, FormMetadataDto Forms,
    IReadOnlyList<ApprovalDocumentKindDto> ApprovalDocumentKinds);

/// <param name="GrantedPermissions">The caller's permissions (none when anonymous).</param>
/// <param name="DefinedPermissions">Every permission the product knows (none when anonymous).</param>
public record AuthConfigurationDto(IReadOnlyList<string> GrantedPermissions, IReadOnlyList<string> DefinedPermissions);

/// <param name="CurrentCulture">The culture of this answer (from ?culture or Accept-Language); the texts are at /api/app/localization.</param>
public record LocalizationConfigurationDto(string CurrentCulture, string DefaultCulture, IReadOnlyList<string> SupportedCultures);

public record FormMetadataDto(
    IReadOnlyList<PostLevelRangeDto> PostLevels,
    IReadOnlyList<ProfileFieldMetadataDto> ProfileFields,
    IReadOnlyList<ConditionOperatorMetadataDto> ConditionOperators,
    BenefitRuleLimitsDto BenefitRuleLimits,
    IReadOnlyList<PlanChangeTypeFieldsDto> PlanChangeTypes);

/// <summary>The levels a post category allows (1 highest); none (null) for ordinary workers.</summary>
public record PostLevelRangeDto(PostCategory Category, int? MinLevel, int? MaxLevel);

/// <summary>A profile fact a benefit rule may read: its value type and, for numbers, the accepted range.</summary>
public record ProfileFieldMetadataDto(ProfileField Field, ProfileFieldType Type, int? Min, int? Max);

/// <summary>The field types an operator supports and how many values it takes.</summary>
public record ConditionOperatorMetadataDto(ConditionOperator Operator, IReadOnlyList<ProfileFieldType> FieldTypes, int MinValues, int MaxValues);

/// <summary>The limits of a benefit rule (BenefitRuleConsts).</summary>
/// <param name="MaxValueLength">Longest text value of a condition (and of a profile's field of work).</param>
public record BenefitRuleLimitsDto(int MaxDepth, int MaxConditions, int MaxValues, int MaxValueLength, int MaxInstallments, int MaxCommitmentYears, decimal ShareTolerance);

public record PlanChangeTypeFieldsDto(PlanChangeType Type, IReadOnlyList<PlanChangeFieldDto> Fields);

/// <param name="Name">The property of the change input ("unitId").</param>
public record PlanChangeFieldDto(string Name, bool Required);

public interface IApplicationConfigurationAppService
{
    Task<ApplicationConfigurationDto> GetAsync(string? culture, CancellationToken cancellationToken = default);
}
