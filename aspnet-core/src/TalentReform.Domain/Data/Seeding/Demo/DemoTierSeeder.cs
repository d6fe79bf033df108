using TalentReform.Talents;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Each demo zone's tiers A–E with criteria worded after the zones' published 人才分类目录, and a 人才认定 for every
/// generated talent with a tier (imported, approved) plus three applications waiting for an HR officer.
/// </summary>
public class DemoTierSeeder(IRepository<TalentTier> tiers, IRepository<TalentCertification> certifications, IRepository<TalentProfile> profiles,
    IAsyncQueryableExecuter executer, TimeProvider clock)
{
    private static readonly (TalentTierLevel Level, string NameZh, string NameEn, string CriteriaZh, string CriteriaEn)[] Defaults =
    [
        (TalentTierLevel.A, "顶尖人才", "Top talent", "诺贝尔奖获得者，中国科学院、中国工程院院士，国家最高科学技术奖获得者等。",
            "Nobel laureates, academicians of the Chinese Academy of Sciences or of Engineering, winners of the State Supreme Science and Technology Award."),
        (TalentTierLevel.B, "国家级领军人才", "National leading talent", "国家级重大人才工程入选者，国家杰出青年科学基金获得者，国家科学技术奖一等奖主要完成人等。",
            "Selected for a national talent programme, winners of the National Science Fund for Distinguished Young Scholars, principal winners of a first-class national science award."),
        (TalentTierLevel.C, "地方级领军人才", "Local leading talent", "省级重大人才工程入选者，省级科学技术奖一等奖主要完成人，国家级技能大师等。",
            "Selected for a provincial talent programme, principal winners of a first-class provincial science award, national master craftsmen."),
        (TalentTierLevel.D, "高级人才", "Senior talent", "具有正高级专业技术职称，或博士学位且在园区企业全职工作满一年等。",
            "Full senior professional title, or a doctorate and a year of full-time work for a company in the zone."),
        (TalentTierLevel.E, "青年/后备人才", "Young talent", "35 周岁以下、具有硕士及以上学位，在园区企业全职工作并缴纳社会保险。",
            "Under 35 with a master's degree or higher, working full time for a company in the zone with social insurance paid."),
    ];

    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        var ids = new DemoIds(zone.Id);
        foreach (var (level, nameZh, nameEn, criteriaZh, criteriaEn) in Defaults)
        {
            await tiers.InsertAsync(new TalentTier(ids.For("tier", level.ToString()), zone.Id, level, nameZh, nameEn, criteriaZh, criteriaEn), cancellationToken);
        }

        var now = clock.GetUtcNow();
        var today = clock.ChinaToday();
        var body = $"{zone.ShortNameZh}高新区人才工作领导小组办公室";
        var tiered = await executer.ToListAsync(
            profiles.GetQueryable().Where(p => p.ZoneId == zone.Id && p.Tier != null && p.UserId == null).OrderBy(p => p.Name).ThenBy(p => p.Id), cancellationToken);
        for (var i = 0; i < tiered.Count; i++)
        {
            var profile = tiered[i];
            var certifiedOn = today.AddDays(-30 - i * 7 % 700);
            var certification = new TalentCertification(
                ids.For("certification", profile.Id.ToString()), zone.Id, profile.Id, profile.Tier!.Value, body, certifiedOn, certifiedOn.AddYears(5),
                $"{zone.Code.ToUpperInvariant()}-RC-{certifiedOn.Year}-{i + 1:0000}", TalentCertificationSource.Import, null, now);
            certification.Approve(profile, null, null, today, now);
            await certifications.InsertAsync(certification, cancellationToken);
        }

        var untiered = await executer.ToListAsync(
            profiles.GetQueryable().Where(p => p.ZoneId == zone.Id && p.Tier == null && p.UserId == null).OrderBy(p => p.Name).ThenBy(p => p.Id).Take(3),
            cancellationToken);
        for (var i = 0; i < untiered.Count; i++)
        {
            await certifications.InsertAsync(new TalentCertification(
                ids.For("certification", "pending-" + i), zone.Id, untiered[i].Id, i == 0 ? TalentTierLevel.D : TalentTierLevel.E, body, today.AddDays(-3 - i), today.AddYears(5).AddDays(-3 - i),
                $"{zone.Code.ToUpperInvariant()}-RC-{today.Year}-P{i + 1:000}", TalentCertificationSource.Application, null, now), cancellationToken);
        }

        await tiers.SaveChangesAsync(cancellationToken);
    }
}
