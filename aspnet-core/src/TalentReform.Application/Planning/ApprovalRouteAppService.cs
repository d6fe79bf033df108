using TalentReform.Data;
using TalentReform.Notifications;
using TalentReform.Organization;
using TalentReform.Permissions;
using TalentReform.Planning.Approval;
using TalentReform.Users;

namespace TalentReform.Planning;

/// <summary>
/// The zone's approval routes for staffing plans. The engine keeps routes per kind of document; this service manages
/// the staffing plans' ones (a later kind, e.g. recruitment plans, gets its routes through its own module's service).
/// </summary>
public class ApprovalRouteAppService(
    IRepository<ApprovalRoute> routes,
    IApproverDirectory directory,
    ApprovalRouteIndependence independence,
    OversightNotifier oversight,
    StaffingPlanDtoBuilder builder,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IApprovalRouteAppService
{
    public async Task<IReadOnlyList<ApprovalRouteDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var all = await executer.ToListAsync(Routes().OrderByDescending(r => r.IsDefault).ThenBy(r => r.Name), cancellationToken);
        var names = await builder.UserNamesAsync(all.SelectMany(r => r.Steps).SelectMany(s => s.Users), cancellationToken);
        return all.Select(r => r.ToDto(names)).ToList();
    }

    public Task<IReadOnlyList<string>> GetAssignableRolesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. Identity.RoleNames.ZoneRoles]);

    public async Task<ApprovalRouteDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var route = await GetRouteAsync(id, cancellationToken);
        return route.ToDto(await builder.UserNamesAsync(route.Steps.SelectMany(s => s.Users), cancellationToken));
    }

    public async Task<ApprovalRouteDto> CreateAsync(CreateApprovalRouteDto input, CancellationToken cancellationToken = default)
    {
        var zoneId = currentUser.GetZoneIdOrThrow();
        var steps = await ToSpecsAsync(zoneId, input.Steps, cancellationToken);

        // The zone's first route is its default: a zone with routes always has one to submit along.
        var isDefault = input.IsDefault || !await routes.AnyAsync(r => r.ZoneId == zoneId && r.DocumentKind == StaffingPlan.Kind, cancellationToken);
        var route = new ApprovalRoute(Guid.NewGuid(), zoneId, StaffingPlan.Kind, input.Name, isDefault, steps);
        await ClearOtherDefaultsAsync(route, cancellationToken);
        await routes.InsertAsync(route, cancellationToken);
        await NotifyLeadersAsync(route, NotificationKind.ApprovalRouteChanged, cancellationToken);
        await routes.SaveChangesAsync(cancellationToken);
        return await GetAsync(route.Id, cancellationToken);
    }

    public async Task<ApprovalRouteDto> UpdateAsync(Guid id, UpdateApprovalRouteDto input, CancellationToken cancellationToken = default)
    {
        var route = await GetRouteAsync(id, cancellationToken);
        route.ConcurrencyStamp = input.ConcurrencyStamp;
        var steps = await ToSpecsAsync(route.ZoneId!.Value, input.Steps, cancellationToken);

        // A default route stays default until another one is made default.
        route.Update(input.Name, input.IsDefault || route.IsDefault, steps);
        await routes.TouchAsync(route, cancellationToken);
        await ClearOtherDefaultsAsync(route, cancellationToken);
        await NotifyLeadersAsync(route, NotificationKind.ApprovalRouteChanged, cancellationToken);
        await routes.SaveChangesAsync(cancellationToken);
        return await GetAsync(route.Id, cancellationToken);
    }

    /// <summary>Running approvals keep their copied steps, so a route can go at any time; when the default goes, the next by name takes over.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var route = await GetRouteAsync(id, cancellationToken);
        if (route.IsDefault)
        {
            var next = await executer.FirstOrDefaultAsync(
                Routes().Where(r => r.ZoneId == route.ZoneId && r.Id != route.Id).OrderBy(r => r.Name), cancellationToken);
            next?.MakeDefault();
        }

        await routes.DeleteAsync(route, cancellationToken);
        await NotifyLeadersAsync(route, NotificationKind.ApprovalRouteDeleted, cancellationToken);
        await routes.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who approves is a matter of separation of duties: the zone's leaders hear of every route change, saved with it.</summary>
    private Task NotifyLeadersAsync(ApprovalRoute route, NotificationKind kind, CancellationToken cancellationToken) =>
        oversight.NotifyLeadersAsync(
            [route.ZoneId!.Value], kind, [route.Name, currentUser.UserName ?? "-", string.Join(" → ", route.Steps.Select(s => s.NameZh))], cancellationToken);

    private async Task ClearOtherDefaultsAsync(ApprovalRoute route, CancellationToken cancellationToken)
    {
        if (!route.IsDefault)
        {
            return;
        }

        var others = await executer.ToListAsync(Routes().Where(r => r.ZoneId == route.ZoneId && r.Id != route.Id && r.IsDefault), cancellationToken);
        others.ForEach(r => r.ClearDefault());
    }

    private IQueryable<ApprovalRoute> Routes() => routes.GetQueryable().Where(r => r.DocumentKind == StaffingPlan.Kind);

    private async Task<ApprovalRoute> GetRouteAsync(Guid id, CancellationToken cancellationToken) =>
        await executer.FirstOrDefaultAsync(Routes().Where(r => r.Id == id), cancellationToken) ?? throw new EntityNotFoundException("Entity:ApprovalRoute", id);

    private async Task<List<ApprovalRouteStepSpec>> ToSpecsAsync(Guid zoneId, List<ApprovalRouteStepInput> steps, CancellationToken cancellationToken)
    {
        var specs = new List<ApprovalRouteStepSpec>();
        foreach (var step in steps)
        {
            foreach (var role in new[] { step.AssigneeKind == ApprovalAssigneeKind.Role ? step.RoleName : null, step.EscalationRole })
            {
                if (!string.IsNullOrWhiteSpace(role) && !await directory.RoleExistsAsync(role, cancellationToken))
                {
                    throw new BusinessException(TalentReformErrorCodes.ApprovalRouteRoleUnknown, role);
                }
            }

            if (step.AssigneeKind == ApprovalAssigneeKind.Users)
            {
                var known = await directory.FilterZoneUsersAsync(zoneId, step.UserIds, cancellationToken);
                if (step.UserIds.FirstOrDefault(id => !known.Contains(id)) is var stranger && stranger != Guid.Empty)
                {
                    throw new BusinessException(TalentReformErrorCodes.ApprovalRouteUserNotInZone, stranger);
                }
            }

            specs.Add(new ApprovalRouteStepSpec(
                step.NameZh, step.NameEn, step.AssigneeKind!.Value, step.RoleName, step.UserIds, step.CounterSign, step.TimeLimitWorkingDays, step.EscalationRole));
        }

        // Staffing plans are drafted with StaffingPlans.Create: no step may be left to those who hold it only.
        await independence.EnsureIndependentAsync(specs, TalentReformPermissions.StaffingPlans.Create, cancellationToken);
        return specs;
    }
}
