using Riok.Mapperly.Abstractions;

namespace TalentReform.Talents;

/// <summary>A row of the installment ledger; the talent's and the benefit's names are looked up and localized by the caller.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class InstallmentLineMapper
{
    internal static partial InstallmentLineDto ToDto(this InstallmentAppService.InstallmentRow row, string profileName, string benefitName);
}
