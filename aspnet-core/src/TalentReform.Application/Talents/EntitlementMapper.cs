using Riok.Mapperly.Abstractions;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// An entitlement with what <see cref="EntitlementDtoBuilder"/> looks up elsewhere (the talent's name, the policy
/// version's title, document and article, the explanation); its payments and installments map member by member.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EntitlementMapper
{
    public static partial EntitlementDto ToDto(
        this Entitlement entitlement, string profileName, string policyTitle, string policyDocument, string? article, string name,
        IReadOnlyList<ConditionResultDto> explanation);

    public static partial InstallmentDto ToDto(this Installment installment);

    public static partial PaymentDto ToDto(this ScheduledPayment payment);
}
