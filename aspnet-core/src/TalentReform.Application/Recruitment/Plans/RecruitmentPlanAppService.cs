using System.Globalization;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Users;

namespace TalentReform.Recruitment;

/// <summary>
/// 招聘计划 per zone and year: edited as a draft, submitted only within each unit's 空编 (the domain's capacity check),
/// approved through the approval engine (its inbox lists the steps; decisions come back here), then 备案 and close.
/// </summary>
public class RecruitmentPlanAppService(
    IRepository<RecruitmentPlan> plans,
    IRepository<ApprovalProcess> processes,
    RecruitmentPlanCapacity capacity,
    StaffingSeatReader seatReader,
    IRecruitmentReservations reservations,
    ApprovalEngine engine,
    OrgUnitManager orgUnits,
    ISequenceNumbers sequences,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IRecruitmentPlanAppService
{
    private static readonly QueryableSorting<RecruitmentPlan> Sorting = new QueryableSorting<RecruitmentPlan>()
        .Add("number", p => p.Number)
        .Add("title", p => p.Title)
        .Add("year", p => p.Year)
        .Add("status", p => p.Status)
        .Add("creationTime", p => p.CreationTime)
        .Add("lastModificationTime", p => p.LastModificationTime);

    public async Task<PagedResultDto<RecruitmentPlanListItemDto>> GetListAsync(GetRecruitmentPlansInput input, CancellationToken cancellationToken = default)
    {
        var query = plans.GetDetachedQueryable();
        if (input.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

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
        var page = await executer.ToListAsync(
            Sorting.Apply(query, input.Sorting ?? "lastModificationTime desc", "lastModificationTime").Skip(input.SkipCount).Take(input.MaxResultCount),
            cancellationToken);
        return new PagedResultDto<RecruitmentPlanListItemDto>(total, page.Select(RecruitmentPlanDtos.ToListItem).ToList());
    }

    public async Task<RecruitmentPlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await BuildAsync(await plans.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<RecruitmentPlanDto> CreateAsync(CreateRecruitmentPlanDto input, CancellationToken cancellationToken = default)
    {
        var zoneId = currentUser.GetZoneIdOrThrow();
        var now = clock.GetUtcNow();

        // The number and the plan commit together (the counter row is held until then): numbers stay unique per zone and year.
        var plan = await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                var number = await NextNumberAsync(zoneId, input.Year, ct);
                var created = new RecruitmentPlan(Guid.NewGuid(), zoneId, input.Year, number, input.Title, currentUser.Id!.Value, currentUser.UserName ?? "-", now);
                await ApplyLinesAsync(created, input.Lines, now, ct);
                await plans.InsertAsync(created, ct);
                await plans.SaveChangesAsync(ct);
                return (created, true);
            },
            cancellationToken);
        return await BuildAsync(plan, cancellationToken);
    }

    public async Task<RecruitmentPlanDto> UpdateAsync(Guid id, UpdateRecruitmentPlanDto input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.ConcurrencyStamp = input.ConcurrencyStamp;
        var now = clock.GetUtcNow();
        plan.Rename(input.Title, now);
        await ApplyLinesAsync(plan, input.Lines, now, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await BuildAsync(plan, cancellationToken);
    }

    /// <summary>Only a draft that never went into approval is deleted; anything the engine saw stays on record.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        if (!plan.IsEditable)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanNotEditable, Localization.LocalizedEnum.Of(plan.Status));
        }

        if (plan.ApprovalProcessId is not null)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanNotDeletable);
        }

        await plans.DeleteAsync(plan, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Checks every unit×type against its 空编 now (refused with the numbers), then starts the approval on the zone's default route.</summary>
    public async Task<RecruitmentPlanDto> SubmitAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        var route = await engine.GetDefaultRouteAsync(plan.ZoneId!.Value, RecruitmentPlan.Kind, cancellationToken);
        var report = await capacity.CheckAsync(plan, cancellationToken);
        plan.Submit(report, clock.GetUtcNow());
        await engine.SubmitAsync(plan, route, currentUser.Id!.Value, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await BuildAsync(plan, cancellationToken);
    }

    /// <summary>
    /// Decides a step of a plan's approval. Found through the processes the caller's zone filter lets through (another
    /// zone's step is not found); racing decisions change the same process and plan rows, so only the first commits (409).
    /// </summary>
    public async Task<RecruitmentPlanDto> DecideAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken = default)
    {
        var planId = await executer.FirstOrDefaultAsync(
                         processes.GetDetachedQueryable().Where(p => p.DocumentKind == RecruitmentPlan.Kind && p.Steps.Any(s => s.Id == stepId))
                             .Select(p => (Guid?)p.DocumentId),
                         cancellationToken)
                     ?? throw new EntityNotFoundException("Entity:ApprovalStep", stepId);
        var plan = await plans.GetAsync(planId, cancellationToken);
        await engine.DecideAsync(
            plan, stepId, currentUser.Id!.Value, currentUser.UserName ?? "-", input.Decision!.Value, input.Comment, cancellationToken);
        await plans.TouchAsync(plan, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);
        return await BuildAsync(plan, cancellationToken);
    }

    public async Task<RecruitmentPlanDto> RecordFilingAsync(Guid id, RecordRecruitmentPlanFilingDto input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.RecordFiling(input.FilingNumber, input.FiledOn!.Value, clock.GetUtcNow());
        await plans.SaveChangesAsync(cancellationToken);
        return await BuildAsync(plan, cancellationToken);
    }

    public async Task<RecruitmentPlanDto> CloseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken);
        plan.Close(clock.GetUtcNow());
        await plans.SaveChangesAsync(cancellationToken);
        return await BuildAsync(plan, cancellationToken);
    }

    /// <summary>The plan with each line's 空编 as it is now (a plan's lines may name posts that have moved since: shown, not refused).</summary>
    private async Task<RecruitmentPlanDto> BuildAsync(RecruitmentPlan plan, CancellationToken cancellationToken)
    {
        var seats = await seatReader.ReadAsync(plan.ZoneId!.Value, cancellationToken);
        var reserved = await reservations.GetReservedAsync(plan.ZoneId!.Value, plan.Id, cancellationToken);
        return RecruitmentPlanDtos.ToDto(plan, RecruitmentPlanCapacity.Evaluate(plan, seats.Seats, reserved));
    }

    /// <summary>
    /// Makes the draft's lines the given ones: kept lines (by id) are changed, missing ones removed, new ones added.
    /// Units come from the caller's zone (another zone's unit is not found); a post must be of the line's unit and type.
    /// </summary>
    private async Task ApplyLinesAsync(RecruitmentPlan plan, IReadOnlyList<RecruitmentPlanLineInput> lines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var specs = new List<(Guid? Id, RecruitmentPlanLineSpec Spec)>();
        var names = new Dictionary<Guid, string>();
        foreach (var line in lines)
        {
            var unitId = line.OrgUnitId!.Value;
            if (!names.TryGetValue(unitId, out var name))
            {
                name = (await orgUnits.GetActiveAsync(unitId, cancellationToken)).NameZh;
                names[unitId] = name;
            }

            specs.Add((line.Id, new RecruitmentPlanLineSpec(unitId, name, line.PostId, line.PostTitle, line.StaffingType!.Value, line.Places, line.Note)));
        }

        var keep = specs.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        foreach (var stale in plan.Lines.Where(l => !keep.Contains(l.Id)).ToList())
        {
            plan.RemoveLine(stale.Id, now);
        }

        foreach (var (lineId, spec) in specs)
        {
            if (lineId is { } existing)
            {
                plan.ReplaceLine(existing, spec, now);
            }
            else
            {
                plan.AddLine(spec, now);
            }
        }

        if (plan.Lines.Any(l => l.PostId is not null))
        {
            var seats = await seatReader.ReadAsync(plan.ZoneId!.Value, cancellationToken);
            RecruitmentPlanCapacity.EnsurePostsMatch(plan, seats.Posts);
        }
    }

    private async Task<string> NextNumberAsync(Guid zoneId, int year, CancellationToken cancellationToken)
    {
        var prefix = "ZP" + year.ToString(CultureInfo.InvariantCulture) + "-";
        var numbers = await executer.ToListAsync(
            plans.GetQueryable().Where(p => p.ZoneId == zoneId && p.Number.StartsWith(prefix)).Select(p => p.Number), cancellationToken);
        var highest = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        var next = await sequences.NextAsync($"RecruitmentPlan:{zoneId:N}:{year.ToString(CultureInfo.InvariantCulture)}", highest, cancellationToken);
        return prefix + next.ToString("000", CultureInfo.InvariantCulture);
    }
}
