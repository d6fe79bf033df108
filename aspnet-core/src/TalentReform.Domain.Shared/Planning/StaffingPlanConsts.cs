namespace TalentReform.Planning;

public static class StaffingPlanConsts
{
    public const int MaxTitleLength = 128;
    public const int MaxRationaleLength = 8000;
    public const int MaxNumberLength = 32;
    public const int MaxChanges = 5000;
    public const int MaxReasonLength = 256;
    public const int MaxCommentLength = 1000;
    public const int MaxMergeSources = 50;
}

public static class ApprovalRouteConsts
{
    public const int MaxNameLength = 64;
    public const int MaxSteps = 12;
    public const int MaxStepUsers = 20;
    public const int MaxTimeLimitWorkingDays = 60;
    public const int MaxRoleNameLength = 64;

    /// <summary>The kind of document a route or an approval is for (e.g. "StaffingPlan").</summary>
    public const int MaxDocumentKindLength = 64;
}
