using TalentReform.Users;

namespace TalentReform.Organization;

public static class CurrentUserZoneExtensions
{
    /// <summary>Organisation data always belongs to a zone; the platform admin (no zone) cannot create it.</summary>
    public static Guid GetZoneIdOrThrow(this ICurrentUser currentUser) =>
        currentUser.ZoneId ?? throw new BusinessException(TalentReformErrorCodes.ZoneRequired);

    /// <summary>Today in the server's time zone (the zones are all in China Standard Time).</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
