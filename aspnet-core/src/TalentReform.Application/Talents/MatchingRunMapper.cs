using Riok.Mapperly.Abstractions;

namespace TalentReform.Talents;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MatchingRunMapper
{
    /// <param name="startedByName">The name of the user who started the run; null for a scheduled run.</param>
    public static partial MatchingRunDto ToDto(this MatchingRun run, string? startedByName);
}
