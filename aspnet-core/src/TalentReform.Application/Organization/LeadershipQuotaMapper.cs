using Riok.Mapperly.Abstractions;

namespace TalentReform.Organization;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class LeadershipQuotaMapper
{
    /// <param name="headPosts">The unit's head posts (counted by the caller), held against <see cref="LeadershipQuota.Heads"/>.</param>
    /// <param name="deputyPosts">The unit's deputy posts, held against <see cref="LeadershipQuota.Deputies"/>.</param>
    public static partial LeadershipQuotaDto ToDto(this LeadershipQuota quota, int headPosts, int deputyPosts);
}
