using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Data;
using TalentReform.Data.Seeding;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Staffing;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests.Planning;

/// <summary>
/// Applying a plan against the real database: all changes in one transaction (a fault between the writes
/// leaves nothing applied), history from the effective date, and the refusal when the base has changed.
/// </summary>
public class PlanApplyPersistenceTests : IAsyncLifetime
{
    private static readonly Guid Zone = DemoZones.Chengde.Id;
    private readonly FaultInjector _fault = new();
    private SqliteDatabaseFixture _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteDatabaseFixture.CreateSeededAsync(services =>
        {
            services.ConfigureDbContext<TalentReformDbContext>(options => options.AddInterceptors(_fault));
            services.AddScoped<PlanApplyRunner>();
        });
        _database.CurrentUser.ZoneId = Zone;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_fault_between_the_writes_leaves_nothing_applied_and_the_retry_applies_everything_with_history()
    {
        // Arrange: Chengde's 科室 merged into their 局 (three layers → two), approved, effective today.
        var policy = await UnitAsync("人才政策科");
        var recognition = await UnitAsync("人才认定科");
        var desk = await UnitAsync("审批科");
        var bureau = await UnitAsync("人才服务局");
        var approval = await UnitAsync("行政审批局");
        var planId = await ApprovedPlanAsync(
            new MergeUnitsChange([policy.Id, recognition.Id], bureau.Id), new MergeUnitsChange([desk.Id], approval.Id));
        var before = await SnapshotAsync();

        // Act 1: the third write command of the apply fails.
        _fault.FailAtWrite = 3;
        var fault = await Should.ThrowAsync<DbUpdateException>(() => ApplyAsync(planId));
        fault.InnerException.ShouldBeOfType<InvalidOperationException>();

        // Assert 1: two writes went through inside the transaction, and none of them stayed.
        _fault.WritesBeforeFault.ShouldBe(2);
        (await SnapshotAsync()).ShouldBe(before);
        (await PlanAsync(planId)).Status.ShouldBe(StaffingPlanStatus.Approved);

        // Act 2
        _fault.FailAtWrite = null;
        (await ApplyAsync(planId)).ShouldBeNull();

        // Assert 2: the sections are gone from today on; their history ends yesterday; their posts sit in the 局.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        (await PlanAsync(planId)).Status.ShouldBe(StaffingPlanStatus.Applied);
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        var sections = await db.Set<OrgUnit>().Where(u => u.Id == policy.Id || u.Id == recognition.Id || u.Id == desk.Id).ToListAsync();
        sections.ShouldAllBe(u => u.IsAbolished && u.EffectiveTo == today.AddDays(-1));
        (await db.Set<OrgUnitVersion>().Where(v => v.OrgUnitId == policy.Id).MaxAsync(v => v.ValidTo)).ShouldBe(today.AddDays(-1));
        (await db.Set<Post>().CountAsync(p => p.OrgUnitId == policy.Id || p.OrgUnitId == recognition.Id)).ShouldBe(0);
        (await db.Set<Post>().CountAsync(p => p.OrgUnitId == bureau.Id)).ShouldBe(before.BureauPosts + before.SectionPosts);
        (await db.Set<Appointment>().CountAsync(a => a.EndedOn == null && (a.OrgUnitId == policy.Id || a.OrgUnitId == desk.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_unit_edited_after_submission_makes_the_apply_refuse_and_keeps_the_edit()
    {
        // Arrange: a rename plan, approved; then someone edits the same unit directly.
        var bureau = await UnitAsync("综合执法局");
        var planId = await ApprovedPlanAsync(new RenameUnitChange(bureau.Id, "综合行政执法局", "Comprehensive Administrative Law Enforcement Bureau", null));
        await using (var scope = _database.Services.CreateAsyncScope())
        {
            var units = scope.ServiceProvider.GetRequiredService<IRepository<OrgUnit>>();
            var unit = await units.GetAsync(bureau.Id);
            unit.SetDetails(unit.Kind, "执法局", unit.NameEn, null, unit.SortOrder);
            await units.SaveChangesAsync();
        }

        // Act
        var refusal = await ApplyAsync(planId);

        // Assert
        refusal.ShouldNotBeNull();
        (refusal.Code, refusal.Status).ShouldBe((TalentReformErrorCodes.PlanBaseChanged, 409));
        (await UnitAsync("执法局")).Id.ShouldBe(bureau.Id);
        var plan = await PlanAsync(planId);
        plan.Status.ShouldBe(StaffingPlanStatus.Approved);
        plan.LastApplyFailure!.Code.ShouldBe(TalentReformErrorCodes.PlanBaseChanged);
    }

    private async Task<Guid> ApprovedPlanAsync(params PlanChangeSpec[] changes)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<StaffingPlanManager>();
        var plans = scope.ServiceProvider.GetRequiredService<IRepository<StaffingPlan>>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var plan = await manager.CreateAsync(Zone, "测试方案", "请示", today, Guid.NewGuid(), "人事专员");
        foreach (var change in changes)
        {
            await manager.AddChangeAsync(plan, change);
        }

        await plans.InsertAsync(plan);
        await manager.SubmitAsync(plan, plan.CreatorId);
        while (plan.Status == StaffingPlanStatus.Submitted)
        {
            var step = plan.CurrentSteps.Single(s => s.Status == ApprovalStepStatus.Pending);
            foreach (var approver in step.Approvers)
            {
                await manager.DecideAsync(plan, step.Id, approver, "审批人", ApprovalDecisionKind.Approve, null);
            }
        }

        await plans.SaveChangesAsync();
        plan.Status.ShouldBe(StaffingPlanStatus.Approved);
        return plan.Id;
    }

    private async Task<BusinessException?> ApplyAsync(Guid planId)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlanApplyRunner>().ApplyAsync(planId, recordFailure: true);
    }

    private async Task<StaffingPlan> PlanAsync(Guid id)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRepository<StaffingPlan>>().GetAsync(id);
    }

    private async Task<OrgUnit> UnitAsync(string nameZh)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TalentReformDbContext>().Set<OrgUnit>().AsNoTracking().SingleAsync(u => u.NameZh == nameZh);
    }

    private async Task<Snapshot> SnapshotAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        var bureau = await db.Set<OrgUnit>().SingleAsync(u => u.NameZh == "人才服务局");
        var sectionIds = await db.Set<OrgUnit>().Where(u => u.ParentId == bureau.Id).Select(u => u.Id).ToListAsync();
        return new Snapshot(
            await db.Set<OrgUnit>().CountAsync(u => u.IsAbolished),
            await db.Set<OrgUnitVersion>().CountAsync(),
            await db.Set<Post>().CountAsync(p => p.OrgUnitId == bureau.Id),
            await db.Set<Post>().CountAsync(p => sectionIds.Contains(p.OrgUnitId)),
            await db.Set<StaffingQuota>().CountAsync(),
            string.Join(",", (await db.Set<OrgUnit>().OrderBy(u => u.Code).Select(u => u.Code).ToListAsync())));
    }

    private sealed record Snapshot(int Abolished, int Versions, int BureauPosts, int SectionPosts, int Quotas, string Codes);

    /// <summary>Throws on the n-th write command while armed, counting the writes that ran before it.</summary>
    private sealed class FaultInjector : DbCommandInterceptor
    {
        private int _writes;

        public int? FailAtWrite
        {
            get;
            set
            {
                field = value;
                _writes = 0;
            }
        }

        public int WritesBeforeFault { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        private void Count(DbCommand command)
        {
            var text = command.CommandText.TrimStart();
            if (FailAtWrite is not { } failAt || !(text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            if (++_writes == failAt)
            {
                WritesBeforeFault = _writes - 1;
                throw new InvalidOperationException("Injected fault between the writes of the apply.");
            }
        }
    }
}
