namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    public const string CampaignCodeDuplicate = Prefix + "08047";
    public const string ApplicationNotReplaceable = Prefix + "08048";
}
