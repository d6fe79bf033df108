namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 08200–08249: 公示 of proposed hires (objections) and hires
    public const string PublicityNotDraft = Prefix + "08200";
    public const string PublicityNotPublished = Prefix + "08201";
    public const string PublicityWithoutEntries = Prefix + "08202";
    public const string PublicityApplicationNotReady = Prefix + "08203";
    public const string PublicityApplicationDuplicate = Prefix + "08204";
    public const string PublicityApplicationNotListed = Prefix + "08205";
    public const string PublicityObjectionOutsidePeriod = Prefix + "08206";
    public const string PublicityObjectionInvalid = Prefix + "08207";
    public const string PublicityObjectionNotFound = Prefix + "08208";
    public const string PublicityObjectionAlreadyResolved = Prefix + "08209";
    public const string PublicityNotEnded = Prefix + "08210";
    public const string PublicityObjectionPending = Prefix + "08211";
    public const string PublicityObjectionUpheld = Prefix + "08212";
    public const string PublicityTooManyEntries = Prefix + "08213";
    public const string HireApplicationNotReady = Prefix + "08220";
    public const string HireNoFreeSlot = Prefix + "08221";
    public const string HirePersonOnAnotherPost = Prefix + "08222";
}
