using Riok.Mapperly.Abstractions;

namespace TalentReform.Talents;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TalentTierMapper
{
    /// <param name="name">The tier's name in the reader's language.</param>
    /// <param name="certifiedCount">Profiles certified at this tier.</param>
    public static partial TalentTierDto ToDto(this TalentTier tier, string name, int certifiedCount);
}
