namespace TalentReform.Organization;

public static class OrgUnitConsts
{
    /// <summary>Digits per level of the materialised path code ("0001.0003").</summary>
    public const int CodeSegmentLength = 4;

    /// <summary>Deep enough for any real structure; the reform aims at three layers.</summary>
    public const int MaxDepth = 16;

    public const int MaxCodeLength = MaxDepth * (CodeSegmentLength + 1);
    public const int MaxNameLength = 128;
    public const int MaxShortNameLength = 32;
    public const int MaxApprovalDocumentNumberLength = 64;
    public const int MaxFunctionTextLength = 1000;
    public const int MaxFunctions = 500;
}
