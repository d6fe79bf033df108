using TalentReform.Talents;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// After the first matching run, moves some entitlements along as a zone a year into the pilot would have them:
/// the <c>&lt;zone&gt;-talent</c> user's 安家补贴 confirmed with its first installment paid (paying), 科研启动经费
/// confirmed with its first installment due, services confirmed, the rest still proposed; and about a fifth of
/// the other talents' money benefits confirmed, half of those with the first installment paid — so the due list,
/// the payment batch and the 资金公示 list have real rows.
/// </summary>
public class DemoEntitlementStates(IRepository<Entitlement> entitlements, IAsyncQueryableExecuter executer, TimeProvider clock)
{
    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.ChinaToday();
        var talentUserProfileId = new DemoIds(zone.Id).For("talent", "demo-user");
        var all = await executer.ToListAsync(
            entitlements.GetQueryable().Where(e => e.ZoneId == zone.Id && e.Status == EntitlementStatus.Proposed).OrderBy(e => e.ProfileId).ThenBy(e => e.RuleCode),
            cancellationToken);
        var voucher = 0;
        foreach (var entitlement in all)
        {
            if (entitlement.ProfileId == talentUserProfileId)
            {
                switch (entitlement.RuleCode)
                {
                    case "settling":
                        entitlement.Confirm(now);
                        entitlement.MarkPaid(entitlement.Installments[0].Id, Voucher(zone, today, ++voucher), today, now);
                        break;
                    case "research":
                    case "medical":
                    case "school":
                        entitlement.Confirm(now);
                        break;
                }

                continue;
            }

            var pick = ((entitlement.ProfileId.GetHashCode() & 0x7fffffff) + entitlement.RuleCode.Length) % 10;
            if (entitlement.Amount > 0 && pick < 2)
            {
                entitlement.Confirm(now);
                if (pick == 0)
                {
                    entitlement.MarkPaid(entitlement.Installments[0].Id, Voucher(zone, today, ++voucher), today, now);
                }
            }
        }

        await entitlements.SaveChangesAsync(cancellationToken);
    }

    private static string Voucher(DemoZone zone, DateOnly today, int number) => $"{zone.Code.ToUpperInvariant()}-FK-{today:yyyyMMdd}-{number:0000}";
}
