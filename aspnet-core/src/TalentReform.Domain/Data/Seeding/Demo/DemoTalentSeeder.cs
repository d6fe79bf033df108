using TalentReform.Identity;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Seeds each demo zone's talent profiles: 300 talents with varied facts (degree, age, arrival, employer,
/// contract, local social insurance, tier, field, housing), deterministic per zone, and the profile of the
/// <c>&lt;zone&gt;-talent</c> user: a tier-C 硕士 of 31, four months insured locally — so the calculator and the
/// talent portal show benefits in several states and one "almost there". Skipped when the zone has profiles.
/// </summary>
public class DemoTalentSeeder(
    IRepository<TalentProfile> profiles, IRepository<AppUser> users, IRepository<MatchingRun> runs, MatchingService matching, DemoTierSeeder tiers,
    DemoEntitlementStates states, IAsyncQueryableExecuter executer, TimeProvider clock)
{
    public const int ProfilesPerZone = 300;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晨", "思远", "雨桐", "子涵"];
    private static readonly string[] Fields = ["集成电路", "软件和信息服务", "生物医药", "新能源", "智能制造", "新材料", "人工智能", "金融科技"];

    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        if (await profiles.AnyAsync(p => p.ZoneId == zone.Id, cancellationToken))
        {
            return;
        }

        var ids = new DemoIds(zone.Id);
        var random = new Random(zone.Code.Sum(c => c) * 7919);
        var today = clock.ChinaToday();
        var now = clock.GetUtcNow();
        var employers = new[] { $"{zone.ShortNameZh}某集成电路有限公司", $"{zone.ShortNameZh}某生物科技股份有限公司", $"{zone.ShortNameZh}某软件有限公司", $"{zone.ShortNameZh}某新能源科技有限公司" };
        for (var i = 0; i < ProfilesPerZone; i++)
        {
            var profile = new TalentProfile(ids.For("talent", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), zone.Id,
                Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], now);
            var degree = (EducationDegree)Math.Min(4, 2 + random.Next(0, 4) / 2 + (random.Next(10) == 0 ? 1 : 0));
            var age = 24 + random.Next(0, 22);
            var inZone = random.Next(10) < 8;
            TalentTierLevel? tier = random.Next(10) < 4 ? (TalentTierLevel)Math.Min(4, 1 + random.Next(0, 5)) : null;
            profile.SetEmployment(
                inZone ? employers[random.Next(employers.Length)] : "外地某公司", inZone, random.Next(1, 7), random.Next(0, 60), today.AddMonths(-random.Next(1, 72)));
            profile.SetBackground(
                degree, today.AddYears(-random.Next(0, Math.Max(1, age - 22))), today.AddYears(-age).AddDays(-random.Next(0, 365)), tier,
                Fields[random.Next(Fields.Length)], random.Next(4) == 0, random.Next(3) == 0);
            await profiles.InsertAsync(profile, cancellationToken);
        }

        var userName = zone.TalentUserName;
        var user = await executer.FirstOrDefaultAsync(users.GetQueryable().Where(u => u.UserName == userName), cancellationToken);
        if (user is not null)
        {
            var mine = new TalentProfile(ids.For("talent", "demo-user"), zone.Id, user.Name, now);
            mine.SetEmployment($"{zone.ShortNameZh}某集成电路有限公司", true, 5, 4, today.AddMonths(-4));
            mine.SetBackground(EducationDegree.Master, today.AddYears(-6), today.AddYears(-31), TalentTierLevel.C, "集成电路", true, false);
            mine.Link(null, user.Id);
            await profiles.InsertAsync(mine, cancellationToken);
        }

        await profiles.SaveChangesAsync(cancellationToken);
        await tiers.SeedAsync(zone, cancellationToken);

        // A first 免申即享 run, so the zone starts with entitlements found without any application.
        var run = new MatchingRun(ids.For("matching-run", "seed"), zone.Id, null, now);
        await runs.InsertAsync(run, cancellationToken);
        await matching.RunAsync(run, cancellationToken);
        await states.SeedAsync(zone, cancellationToken);
    }
}
