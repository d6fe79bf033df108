using Riok.Mapperly.Abstractions;

namespace TalentReform.Talents;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TalentCertificationMapper
{
    /// <param name="decidedByName">The name of the user who decided, once decided.</param>
    /// <param name="isValidToday">Approved and not expired on today's date in China.</param>
    public static partial TalentCertificationDto ToDto(this TalentCertification certification, string profileName, string? decidedByName, bool isValidToday);
}
