namespace TalentReform;

/// <summary>
/// Business error codes ("TalentReform:NNNNN"). Every code has a text in each localization file
/// under the same key; a test fails when one is missing. Each module adds its range in a partial file.
/// </summary>
public static partial class TalentReformErrorCodes
{
    public const string Prefix = "TalentReform:";

    // 00xxx: platform-wide
    public const string ValidationFailed = Prefix + "00400";
    public const string Unauthorized = Prefix + "00401";
    public const string Forbidden = Prefix + "00403";
    public const string EntityNotFound = Prefix + "00404";
    public const string ConcurrencyConflict = Prefix + "00409";
    public const string AntiforgeryFailed = Prefix + "00412";
    public const string TooManyRequests = Prefix + "00429";
    public const string InternalError = Prefix + "00500";

    // 01xxx: account
    public const string InvalidCredentials = Prefix + "01001";
    public const string UserLockedOut = Prefix + "01002";
    public const string UserInactive = Prefix + "01003";

    // 02xxx: zones
    public const string ZoneCodeAlreadyExists = Prefix + "02001";
    public const string ZoneHasUsers = Prefix + "02002";

    // 03xxx: identity management
    public const string UserNameAlreadyExists = Prefix + "03001";
    public const string PasswordRejected = Prefix + "03002";
    public const string UnknownRole = Prefix + "03003";
    public const string RoleNotAllowedForUser = Prefix + "03004";
    public const string UnknownPermission = Prefix + "03005";
    public const string UnknownPermissionProvider = Prefix + "03006";
    public const string CannotDeleteSelf = Prefix + "03007";
    public const string ZoneRequiredForZoneRole = Prefix + "03008";
}
