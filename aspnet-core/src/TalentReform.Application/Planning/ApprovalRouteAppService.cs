using TalentReform.Data;
using TalentReform.Notifications;
using TalentReform.Organization;
using TalentReform.Planning.Approval;
using TalentReform.Users;

namespace TalentReform.Planning;

/// <summary>
/// The zone's approval routes, for every kind of document registered with the engine (<see cref="ApprovalDocumentKinds"/>).
/// Defaults are per kind: a zone has one default route for staffing plans, one for recruitment plans, and so on.
/// </summary>
public class ApprovalRouteAppService(
    IRepository<ApprovalRoute> routes,
    IApproverDirectory directory,
    ApprovalDocumentKinds kinds,
    ApprovalRouteIndependence independence,
    OversightNotifier oversight,
    StaffingPlanDtoBuilder builder,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IApprovalRouteAppService
{
    public async Task<IReadOnlyList<ApprovalRouteDto>> GetListAsync(GetApprovalRoutesInput input, CancellationToken cancellationToken = default)
    {
        var query = Routes();
        if (!string.IsNullOrWhiteSpace(input.DocumentKind))
        {
            var kind = input.DocumentKind.Trim();
            query = query.Where(r => r.DocumentKind == kind);
        }

        var all = await executer.ToListAsync(query.OrderBy(r => r.DocumentKind).ThenByDescending(r => r.IsDefault).ThenBy(r => r.Name), cancellationToken);
        var names = await builder.UserNamesAsync(all.SelectMany(r => r.Steps).SelectMany(s => s.Users), cancellationToken);
        return all.Select(r => r.ToDto(names)).ToList();
    }

    public Task<IReadOnlyList<ApprovalDocumentKindDto>> GetDocumentKindsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ApprovalDocumentKindDto>>(kinds.All.Select(k => k.ToDto()).ToList());

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
        var kind = kinds.Get(input.DocumentKind);
        var steps = await ToSpecsAsync(zoneId, kind, input.Steps, cancellationToken);

        // The zone's first route of a kind is its default: a zone with routes of a kind always has one to submit along.
        var isDefault = input.IsDefault || !await routes.AnyAsync(r => r.ZoneId == zoneId && r.DocumentKind == kind.Kind, cancellationToken);
        var route = new ApprovalRoute(Guid.NewGuid(), zoneId, kind.Kind, input.Name, isDefault, steps);
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
        var steps = await ToSpecsAsync(route.ZoneId!.Value, kinds.Get(route.DocumentKind), input.Steps, cancellationToken);

        // A default route stays default until another one is made default.
        route.Update(input.Name, input.IsDefault || route.IsDefault, steps);
        await routes.TouchAsync(route, cancellationToken);
        await ClearOtherDefaultsAsync(route, cancellationToken);
        await NotifyLeadersAsync(route, NotificationKind.ApprovalRouteChanged, cancellationToken);
        await routes.SaveChangesAsync(cancellationToken);
        return await GetAsync(route.Id, cancellationToken);
    }

    /// <summary>Running approvals keep their copied steps, so a route can go at any time; when the default goes, the kind's next by name takes over.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var route = await GetRouteAsync(id, cancellationToken);
        if (route.IsDefault)
        {
            var next = await executer.FirstOrDefaultAsync(
                Routes().Where(r => r.ZoneId == route.ZoneId && r.DocumentKind == route.DocumentKind && r.Id != route.Id).OrderBy(r => r.Name), cancellationToken);
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

        var others = await executer.ToListAsync(Routes().Where(r => r.ZoneId == route.ZoneId && r.DocumentKind == route.DocumentKind && r.Id != route.Id && r.IsDefault), cancellationToken);
        others.ForEach(r => r.ClearDefault());
    }

    private IQueryable<ApprovalRoute> Routes() => routes.GetQueryable();

    private async Task<ApprovalRoute> GetRouteAsync(Guid id, CancellationToken cancellationToken) =>
        await executer.FirstOrDefaultAsync(Routes().Where(r => r.Id == id), cancellationToken) ?? throw new EntityNotFoundException("Entity:ApprovalRoute", id);

    private async Task<List<ApprovalRouteStepSpec>> ToSpecsAsync(
        Guid zoneId, ApprovalDocumentKind kind, List<ApprovalRouteStepInput> steps, CancellationToken cancellationToken)
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

        // No step may be left only to those who may draft the kind's documents (e.g. StaffingPlans.Create for plans).
        await independence.EnsureIndependentAsync(specs, kind.DraftingPermission, cancellationToken);
        return specs;
    }
}
