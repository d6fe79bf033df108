using System.Globalization;
using TalentReform.Account;
using TalentReform.Localization;
using TalentReform.Permissions;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.ApplicationConfiguration;

/// <summary>Reads every rule from its Domain.Shared source; an anonymous caller gets no permission names.</summary>
public class ApplicationConfigurationAppService(IAccountAppService accounts, ApprovalDocumentKinds approvalKinds) : IApplicationConfigurationAppService
{
    private static readonly FormMetadataDto Forms = new(
        Enum.GetValues<PostCategory>().Select(c => PostLevels.RangeOf(c) is { } r ? new PostLevelRangeDto(c, r.Min, r.Max) : new PostLevelRangeDto(c, null, null)).ToList(),
        Enum.GetValues<ProfileField>().Select(f => new ProfileFieldMetadataDto(f, ProfileFields.TypeOf(f), ProfileFields.RangeOf(f)?.Min, ProfileFields.RangeOf(f)?.Max)).ToList(),
        Enum.GetValues<ConditionOperator>().Select(op => new ConditionOperatorMetadataDto(
            op,
            Enum.GetValues<ProfileFieldType>().Where(type => ConditionOperators.Supports(type, op)).ToList(),
            ConditionOperators.ValueCount(op).Min,
            ConditionOperators.ValueCount(op).Max)).ToList(),
        new BenefitRuleLimitsDto(
            BenefitRuleConsts.MaxDepth, BenefitRuleConsts.MaxConditions, BenefitRuleConsts.MaxValues, BenefitRuleConsts.MaxValueLength,
            BenefitRuleConsts.MaxInstallments, BenefitRuleConsts.MaxCommitmentYears, BenefitRuleConsts.ShareTolerance),
        Enum.GetValues<PlanChangeType>().Select(t => new PlanChangeTypeFieldsDto(
            t, PlanChangeFields.Of(t).Select(f => new PlanChangeFieldDto(f.Name, f.Required)).ToList())).ToList());

    private static readonly IReadOnlyList<string> Defined = PermissionDefinitions.All.Select(p => p.Name).ToList();

    public async Task<ApplicationConfigurationDto> GetAsync(string? culture, CancellationToken cancellationToken = default)
    {
        var user = await accounts.GetCurrentUserAsync(cancellationToken);
        var auth = user.IsAuthenticated ? new AuthConfigurationDto(user.Permissions, Defined) : new AuthConfigurationDto([], []);
        var localization = new LocalizationConfigurationDto(
            TalentReformResource.Normalize(culture ?? CultureInfo.CurrentUICulture.Name), LocalizationCultures.Default, LocalizationCultures.Supported);
        var kinds = approvalKinds.All.Select(k => k.ToDto()).ToList();
        return new ApplicationConfigurationDto(user, auth, localization, Forms, kinds);
    }
}
