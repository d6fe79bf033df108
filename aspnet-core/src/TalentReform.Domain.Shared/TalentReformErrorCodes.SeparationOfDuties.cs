namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 031xx: separation of duties (不相容岗位分离) in identity management
    public const string RoleAssignmentNotPermitted = Prefix + "03101";
    public const string CannotChangeOwnRoles = Prefix + "03102";
    public const string CannotChangeOwnGrants = Prefix + "03103";
    public const string CannotChangeGrantsOfOwnRole = Prefix + "03104";

    // 061xx: separation of duties in approvals
    public const string ApprovalByDrafterOrSubmitter = Prefix + "06101";
    public const string ApprovalStepNoIndependentApprover = Prefix + "06102";
    public const string ApprovalRouteStepNotIndependent = Prefix + "06103";
}
