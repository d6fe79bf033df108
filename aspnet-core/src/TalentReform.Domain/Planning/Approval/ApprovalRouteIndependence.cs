namespace TalentReform.Planning.Approval;

/// <summary>
/// The route rule of 不相容岗位分离: every step must have at least one possible approver who cannot draft the
/// documents the route approves. A role step's role must not hold the drafting permission; a named-users step
/// must name at least one user who holds it neither through a role nor by a grant of their own. Together with
/// the drafter and submitter being left out of every step (<see cref="ApprovalParties"/>), no document can be
/// approved by the people who produced it, and a route that could only be decided by drafters is refused when
/// it is saved rather than when a plan is stuck on it.
/// </summary>
public class ApprovalRouteIndependence(IApproverDirectory directory)
{
    /// <param name="draftingPermission">The permission that drafts the documents of this route (the approving module's own).</param>
    public async Task EnsureIndependentAsync(
        IReadOnlyList<ApprovalRouteStepSpec> steps, string draftingPermission, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.AssigneeKind == ApprovalAssigneeKind.Role)
            {
                if (!string.IsNullOrWhiteSpace(step.RoleName) && await directory.RoleHoldsPermissionAsync(step.RoleName.Trim(), draftingPermission, cancellationToken))
                {
                    throw new BusinessException(TalentReformErrorCodes.ApprovalRouteStepNotIndependent, i + 1, step.NameZh, step.RoleName.Trim());
                }
            }
            else if (step.UserIds.Count > 0
                && (await directory.FilterUsersWithoutPermissionAsync(step.UserIds, draftingPermission, cancellationToken)).Count == 0)
            {
                var names = await directory.GetNamesAsync(step.UserIds.Distinct().ToList(), cancellationToken);
                throw new BusinessException(TalentReformErrorCodes.ApprovalRouteStepNotIndependent, i + 1, step.NameZh, string.Join("、", names));
            }
        }
    }
}
