using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Planning.Approval;
using TalentReform.Users;

namespace TalentReform.Planning;

public class StaffingPlanAppService(
    IRepository<StaffingPlan> plans,
    StaffingPlanManager manager,
    PlanApplyRunner applyRunner,
    StaffingPlanDtoBuilder builder,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IStaffingPlanAppService
{
    private static readonly QueryableSorting<StaffingPlan> Sorting = new QueryableSorting<StaffingPlan>()
        .Add("number", p => p.Number)
        .Add("title", p => p.Title)
        .Add("status", p => p.Status)
        .Add("effectiveDate", p => p.EffectiveDate)
        .Add("creationTime", p => p.CreationTime)
        .Add("lastModificationTime", p => p.LastModificationTime);

    public async Task<StaffingPlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await builder.BuildAsync(await plans.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<PagedResultDto<StaffingPlanListItemDto>> GetListAsync(GetStaffingPlansInput input, CancellationToken cancellationToken = default)
    {
        var query = plans.GetDetachedQueryable();
        if (input.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(p => p.Number.Contains(filter) || p.Title.Contains(filter));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting ?? "lastModificationTime desc", "lastModificationTime").Skip(input.SkipCount).Take(input.MaxResultCount)
            .Select(p => new StaffingPlanListRow
            {
                Id = p.Id, Number = p.Number, Title = p.Title, Status = p.Status, EffectiveDate = p.EffectiveDate, CreatorName = p.CreatorName,
                CreationTime = p.CreationTime, SubmittedAt = p.SubmittedAt, DecidedAt = p.DecidedAt, AppliedAt = p.AppliedAt,
                ChangeCount = p.Changes.Count(),
                CurrentStep = p.Approval!.Steps.Where(s => s.Round == p.Approval.Round && s.Status == ApprovalStepStatus.Pending)
                    .Select(s => new StaffingPlanListStep { NameZh = s.NameZh, NameEn = s.NameEn, DueAt = s.DueAt }).FirstOrDefault(),
            });
        var rows = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<StaffingPlanListItemDto>(total, rows.Select(r => r.ToDto()).ToList());
    }

    public async Task<StaffingPlanDto> CreateAsync(CreateStaffingPlanDto input, CancellationToken cancellationToken = default)
    {
        var me = currentUser.Id!.Value;
        var name = (await builder.UserNamesAsync([me], cancellationToken)).GetValueOrDefault(me) ?? currentUser.UserName ?? "-";
        var zoneId = currentUser.GetZoneIdOrThrow();

        // The number and the plan commit together: concurrent creations queue on the counter row, and a failed
        // insert gives its number back, so numbers stay unique and without gaps.
        var plan = await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                var created = await manager.CreateAsync(zoneId, input.Title, input.Rationale, input.EffectiveDate!.Value, me, name, ct);
                await plans.InsertAsync(created, ct);
                await plans.SaveChangesAsync(ct);
                return (created, true);
            },
            cancellationToken);
        return await builder.BuildAsync(plan, cancellationToken);
    }

    public async Task<StaffingPlanDto> UpdateAsync(Guid id, UpdateStaffingPlanDto input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.ConcurrencyStamp = input.ConcurrencyStamp;
        plan.Edit(input.Title, input.Rationale, input.EffectiveDate!.Value, clock.GetUtcNow());
        await plans.SaveChangesAsync(cancellationToken);
        return await builder.BuildAsync(plan, cancellationToken);
    }

    /// <summary>Only a draft (or a plan returned for revision) can be deleted; anything that went into approval stays on record.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        if (!plan.IsEditable || plan.Round > 0)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanNotEditable, Localization.LocalizedEnum.Of(plan.Status));
        }

        await plans.DeleteAsync(plan, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PlanChangeDto>> GetChangesAsync(Guid id, CancellationToken cancellationToken = default) =>
        await builder.BuildChangesAsync(await plans.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<PlanChangeDto> AddChangeAsync(Guid id, PlanChangeInput input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        var change = await manager.AddChangeAsync(plan, PlanChangeInputConverter.ToSpec(input), cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await builder.BuildChangeAsync(plan, change, cancellationToken);
    }

    public async Task<PlanChangeDto> UpdateChangeAsync(Guid id, Guid changeId, PlanChangeInput input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        var existing = plan.GetChange(changeId);
        await manager.ReplaceChangeAsync(plan, changeId, PlanChangeInputConverter.ToSpec(input, existing.Spec), cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await builder.BuildChangeAsync(plan, existing, cancellationToken);
    }

    /// <summary>Reorders; a new order the structure cannot run (e.g. a post moved before its unit exists) is refused.</summary>
    public async Task<IReadOnlyList<PlanChangeDto>> MoveChangeAsync(Guid id, Guid changeId, MovePlanChangeDto input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.MoveChange(changeId, input.Sequence, clock.GetUtcNow());
        await manager.GetLiveImpactAsync(plan, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await builder.BuildChangesAsync(plan, cancellationToken);
    }

    /// <summary>Removes a change; refused when a later change needs it (e.g. a post in a unit the removed change created).</summary>
    public async Task DeleteChangeAsync(Guid id, Guid changeId, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.RemoveChange(changeId, clock.GetUtcNow());
        await manager.GetLiveImpactAsync(plan, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
    }

    public async Task<PlanImpactDto> GetImpactAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        if (!plan.IsEditable && plan.StoredImpact is { } stored)
        {
            return stored.ToDto(isStored: true);
        }

        return (await manager.GetLiveImpactAsync(plan, cancellationToken)).ToDto(isStored: false);
    }

    public async Task<StaffingPlanDto> SubmitAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        await manager.SubmitAsync(plan, currentUser.Id!.Value, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await builder.BuildAsync(plan, cancellationToken);
    }

    public async Task<StaffingPlanDto> WithdrawAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.Withdraw(clock.GetUtcNow());
        await plans.SaveChangesAsync(cancellationToken);
        return await builder.BuildAsync(plan, cancellationToken);
    }

    /// <summary>Applies an approved plan whose effective date has come, all changes in one transaction; a refusal changes nothing.</summary>
    public async Task<StaffingPlanDto> ApplyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await plans.GetAsync(id, cancellationToken);
        await applyRunner.ApplyAsync(id, recordFailure: false, cancellationToken);
        return await builder.BuildAsync(await plans.GetAsync(id, cancellationToken), cancellationToken);
    }
}
