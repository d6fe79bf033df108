namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 062xx: the approval engine, for any kind of document
    public const string ApprovalAlreadyRunning = Prefix + "06201";
    public const string ApprovalDocumentKindUnknown = Prefix + "06202";
}
