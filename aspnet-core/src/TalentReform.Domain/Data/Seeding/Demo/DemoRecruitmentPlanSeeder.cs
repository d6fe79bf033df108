using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Recruitment;
using TalentReform.Staffing;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Seeds a demo zone's recruitment plans and 编制周转池: the default approval routes of both kinds (编办初审, then
/// 分管领导审核, with working-day limits), a draft 2027 recruitment plan, two named pool slots and a draft loan of one
/// of them for a unit without 事业编制 空编 (made through the pool's own rules). Skipped when the zone has plans.
/// </summary>
public class DemoRecruitmentPlanSeeder(
    IRepository<RecruitmentPlan> plans,
    IRepository<StaffingPoolSlot> slots,
    IRepository<PoolLoan> loans,
    IRepository<ApprovalRoute> routes,
    IRepository<AppUser> users,
    IRepository<OrgUnit> units,
    StaffingSeatReader seatReader,
    PoolLoanManager loanManager,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        if (await plans.AnyAsync(p => p.ZoneId == zone.Id, cancellationToken))
        {
            return;
        }

        var ids = new DemoIds(zone.Id);
        var names = new[] { zone.HrUserName, zone.ReviewerUserName, zone.LeaderUserName };
        var found = await executer.ToListAsync(users.GetQueryable().Where(u => names.Contains(u.UserName!)), cancellationToken);
        AppUser Get(string userName) => found.Single(u => u.UserName == userName);
        var (hr, reviewer, leader) = (Get(zone.HrUserName), Get(zone.ReviewerUserName), Get(zone.LeaderUserName));
        await EnsureRouteAsync(zone, ids, RecruitmentPlan.Kind, "招聘计划审批", reviewer, leader, cancellationToken);
        await EnsureRouteAsync(zone, ids, PoolLoan.Kind, "周转编制借用审批", reviewer, leader, cancellationToken);

        var now = clock.GetUtcNow();
        var section = await units.GetAsync(ids.For("unit", "talent-policy"), cancellationToken);
        var plan = new RecruitmentPlan(ids.For("recruitment-plan", "2027"), zone.Id, 2027, "ZP2027-001", "2027年度事业单位公开招聘计划", hr.Id, hr.UserName!, now);
        plan.AddLine(new RecruitmentPlanLineSpec(section.Id, section.NameZh, null, "人才政策研究岗", StaffingType.PublicInstitution, 1, "硕士研究生及以上"), now);
        await plans.InsertAsync(plan, cancellationToken);

        var first = new StaffingPoolSlot(ids.For("pool-slot", "1"), zone.Id, "ZZ-001", "高层次人才周转编制一号", "市委编办专项核定", now);
        var second = new StaffingPoolSlot(ids.For("pool-slot", "2"), zone.Id, "ZZ-002", "高层次人才周转编制二号", "市委编办专项核定", now);
        await slots.InsertAsync(first, cancellationToken);
        await slots.InsertAsync(second, cancellationToken);
        await slots.SaveChangesAsync(cancellationToken);

        // The borrowing unit must have no 事业编制 空编: the first such unit of the zone (by name) asks for a tier-B hire.
        var seats = await seatReader.ReadAsync(zone.Id, cancellationToken);
        var zoneUnits = await executer.ToListAsync(units.GetQueryable().Where(u => u.ZoneId == zone.Id).OrderBy(u => u.NameZh), cancellationToken);
        if (zoneUnits.FirstOrDefault(u => seats.For(u.Id, StaffingType.PublicInstitution).Vacant == 0) is { } borrower)
        {
            var request = new PoolLoanRequest(
                borrower.Id, borrower.NameZh, "李博士", null, null, PoolLoanJustification.TalentTier, Talents.TalentTierLevel.B, null, 36, null,
                "单位出现事业编制空编时立即归还周转编制，转入正式编制。");
            var loan = await loanManager.CreateAsync(zone.Id, "ZL2026-001", first, request, PoolLoanPolicy.Default, hr.Id, hr.UserName!, now, cancellationToken);
            await loans.InsertAsync(loan, cancellationToken);
        }

        await loans.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureRouteAsync(
        DemoZone zone, DemoIds ids, string kind, string name, AppUser reviewer, AppUser leader, CancellationToken cancellationToken)
    {
        if (await routes.AnyAsync(r => r.ZoneId == zone.Id && r.DocumentKind == kind, cancellationToken))
        {
            return;
        }

        await routes.InsertAsync(
            new ApprovalRoute(ids.For("route", kind), zone.Id, kind, name, true,
            [
                new("编办初审", "Staffing office review", ApprovalAssigneeKind.Users, null, [reviewer.Id], false, 3, RoleNames.Leader),
                new("分管领导审核", "Deputy director review", ApprovalAssigneeKind.Users, null, [leader.Id], false, 2, null),
            ]),
            cancellationToken);
        await routes.SaveChangesAsync(cancellationToken);
    }
}
