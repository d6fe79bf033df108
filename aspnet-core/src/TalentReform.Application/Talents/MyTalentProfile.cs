using TalentReform.Data;
using TalentReform.Users;

namespace TalentReform.Talents;

public static class MyTalentProfile
{
    /// <summary>The signed-in talent's own profile; 404 when they have none (a talent only ever reaches their own).</summary>
    public static async Task<TalentProfile> FindMineAsync(
        this IRepository<TalentProfile> profiles, IAsyncQueryableExecuter executer, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var me = currentUser.Id;
        return await executer.FirstOrDefaultAsync(profiles.GetDetachedQueryable().Where(p => p.UserId == me), cancellationToken)
            ?? throw new EntityNotFoundException("Entity:TalentProfile", me ?? Guid.Empty);
    }
}
