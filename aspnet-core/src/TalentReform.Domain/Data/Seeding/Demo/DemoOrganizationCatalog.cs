using TalentReform.Organization;
using TalentReform.Staffing;
using static TalentReform.Staffing.PostCategory;
using static TalentReform.Staffing.StaffingType;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// The demo organisation of each reference zone: a 管委会 over six 大部门, two 事业单位 and one 平台公司, with
/// 科室 under some 局 (three layers at most, "大部门、扁平化"). Dalian has the 编制 of DOMAIN.md (行政 45,
/// 事业 60, 员额 180); Chengde and Jiangyin are smaller. Each zone has exactly one 人员组合 violation and one
/// 三定 gap (a post without a duty and a duty without a post), so the dashboard has something true to show.
/// Figures are illustrative, not taken from the zones' real 三定 documents.
/// </summary>
internal static class DemoOrganizationCatalog
{
    public static DemoZoneOrganization For(DemoZone zone) => zone.Code switch
    {
        "dalian" => Build(zone, new Options("DL", "210211", "大编发〔2019〕12号", new DateOnly(2019, 6, 1), 1991, 1.0, Violation.ProfessionalShare,
            ["大连理工大学", "东北财经大学", "辽宁师范大学", "大连海事大学", "吉林大学", "哈尔滨工业大学", "东北大学"]),
            totals: new() { [Administrative] = 45, [PublicInstitution] = 60, [Headcount] = 180 }),
        "chengde" => Build(zone, new Options("CD", "130802", "承编〔2020〕8号", new DateOnly(2020, 3, 1), 2012, 0.55, Violation.SkilledTopShare,
            ["河北大学", "燕山大学", "河北师范大学", "河北经贸大学", "承德医学院", "河北工业大学"])
            {
                HallWindows = 98, Sections = new HashSet<string> { "talent-policy", "talent-recognition", "approval-desk" },
            },
            totals: null),
        "jiangyin" => Build(zone, new Options("JY", "320281", "澄编办〔2021〕15号", new DateOnly(2021, 1, 1), 2011, 0.8, Violation.BandRatio,
            ["江南大学", "南京大学", "苏州大学", "东南大学", "南京理工大学", "河海大学"])
            {
                MunicipalApprovalItems = 163, WuxiApprovalItems = 187, Sections = new HashSet<string> { "economy-planning", "economy-investment", "talent-policy", "approval-desk" },
            },
            totals: null),
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone.Code, "No demo organisation for this zone."),
    };

    private static DemoZoneOrganization Build(DemoZone zone, Options o, Dictionary<StaffingType, int>? totals)
    {
        int S(int n) => Math.Max(1, (int)Math.Round(n * o.Scale, MidpointRounding.AwayFromZero));
        var z = zone.ShortNameZh;
        var units = new List<DemoUnitSpec>();
        DemoUnitSpec Add(DemoUnitSpec unit)
        {
            units.Add(unit);
            return unit;
        }

        // The smaller zones have fewer 科室: their 局 work without a middle layer.
        void Section(string key, string parent, string nameZh, string nameEn, params string[] duties)
        {
            if (o.Sections is null || o.Sections.Contains(key))
            {
                Add(new DemoUnitSpec(key, parent, OrgUnitKind.Section, nameZh, nameEn).Duties(duties)
                    .Staff("科长", "Section chief", Management, Administrative, 8).Staff("科员", "Officer", Management, Administrative, 9, 9));
            }
        }

        DemoUnitSpec Bureau(string key, string nameZh, string nameEn, params string[] duties) =>
            Add(new DemoUnitSpec(key, "mc", OrgUnitKind.Department, nameZh, nameEn).Duties(duties)
                .Lead(1, 2, "局长", "Director", "副局长", "Deputy director", 7, Administrative));

        Add(new DemoUnitSpec("mc", null, OrgUnitKind.ManagementCommittee, $"{z}高新区管理委员会", $"{zone.NameEn} Administrative Committee")
            .Duties(
                $"贯彻执行国家和省市关于高新区建设发展的方针政策，拟订{z}高新区发展规划并组织实施",
                "统筹推进人才管理改革试验区建设，研究决定机构编制和干部人事重大事项",
                "统筹园区产业布局、招商引资和科技创新工作",
                "统筹园区经济社会管理事务和营商环境建设",
                "领导管委会各部门、事业单位和平台公司工作",
                "承担市委、市政府交办的其他事项")
            .Lead(1, 4, "管委会主任", "Director of the committee", "管委会副主任", "Deputy director of the committee", 6, Administrative));

        Bureau("office", "综合办公室", "General Office",
                "负责管委会文电、会务、机要、档案、督查督办等日常运转工作",
                "负责机构编制、组织人事、干部教育和人才队伍日常管理",
                "负责财务预算、国有资产和后勤保障工作",
                "负责政务信息、新闻宣传和信息化建设")
            .Staff("文秘", "Clerk", Management, Administrative, Enumerable.Repeat<int?>(9, S(4)).ToArray())
            .Professionals("信息化专员", "IT specialist", Headcount, S(5))
            .Staff("驾驶员", "Driver", Skilled, Headcount, Enumerable.Repeat<int?>(3, S(3)).ToArray());

        Bureau("economy", "经济发展局", "Economic Development Bureau",
                "拟订园区经济社会发展战略、中长期规划和年度计划",
                "负责招商引资、项目引进和重点项目服务",
                "负责工业经济运行监测、统计分析和产业政策落实",
                "负责对外经济合作和商贸流通管理")
            .Professionals("招商专员", "Investment promotion officer", Headcount, S(12) - 1)
            .UndutifulPost("项目专员（临时）", "Project officer (temporary)", Headcount);
        Section("economy-planning", "economy", "综合规划科", "Planning Section", "承担发展规划编制和年度计划管理", "承担经济运行统计分析");
        Section("economy-investment", "economy", "招商服务科", "Investment Service Section", "承担招商项目洽谈和落地服务", "承担重点企业联系服务");

        Bureau("science", "科技创新局", "Science and Technology Innovation Bureau",
                "拟订园区科技创新政策和科技发展规划",
                "负责高新技术企业培育和科技型中小企业服务",
                "负责科技项目、创新平台和孵化载体管理",
                "负责知识产权保护和科技成果转化")
            .Professionals("科技项目专员", "Science project officer", Headcount, S(12));
        Section("science-enterprise", "science", "科技企业服务科", "Tech Enterprise Service Section", "承担高新技术企业认定申报服务", "承担孵化器和众创空间管理");

        Bureau("talent", "人才服务局", "Talent Service Bureau",
                "拟订园区人才发展规划和人才政策并组织实施",
                "负责人才分类认定和人才政策待遇兑现",
                "负责人才引进、公开招聘和全员聘任工作",
                "负责人才公寓、子女入学等人才服务保障")
            .Professionals("人才服务专员", "Talent service officer", Headcount, S(10));
        Section("talent-policy", "talent", "人才政策科", "Talent Policy Section", "承担人才政策研究和待遇兑现", "承担免申即享数据比对");
        Section("talent-recognition", "talent", "人才认定科", "Talent Recognition Section", "承担人才分类认定受理和审核", "承担人才库建设和动态管理");

        var approval = Bureau("approval", "行政审批局", "Administrative Approval Bureau");
        if (o.MunicipalApprovalItems + o.WuxiApprovalItems > 0)
        {
            // No list of the real items is in the seed data, so they are numbered honestly instead of invented.
            approval.Duties(Enumerable.Range(1, o.MunicipalApprovalItems).Select(n => $"市级审批事项第 {n} 项").ToArray());
            approval.Duties(Enumerable.Range(1, o.WuxiApprovalItems).Select(n => $"无锡市下放审批事项第 {n} 项").ToArray());
        }
        else
        {
            approval.Duties(
                "负责园区行政许可事项的集中受理和审批",
                "负责投资建设项目审批和联合审图、联合验收",
                "负责市场主体登记和证照联办",
                "负责审批事项标准化和“一网通办”");
        }

        approval.Professionals("审批专员", "Approval officer", Headcount, S(14));
        Section("approval-desk", "approval", "审批科", "Approval Section", "承担审批事项受理、审查和办结", "承担审批档案管理");

        var enforcement = Bureau("enforcement", "综合执法局", "Comprehensive Law Enforcement Bureau",
                "负责园区城市管理、市场监管等领域综合行政执法",
                "负责安全生产和生态环境执法检查",
                "负责执法案件的立案、调查和处罚",
                "完成管委会交办的其他任务")
            .Staff("执法队员", "Enforcement officer", Management, Headcount, Enumerable.Repeat<int?>(9, S(20)).ToArray())
            .Professionals("执法技术员", "Enforcement technician", Headcount, S(10));
        enforcement.UncitedFunctionNumber = enforcement.Functions.Count;

        // 事业单位: professional posts dominate (≥ 70 %), split 1 : 3 : 6; skilled levels 1–2 stay ≤ 25 %.
        var service = Add(new DemoUnitSpec("service-center", "mc", OrgUnitKind.PublicInstitution, "政务服务中心", "Government Service Centre")
            .Duties(
                "负责政务服务大厅运行管理和进驻事项管理",
                "负责“一窗受理、集成服务”和帮办代办",
                "负责12345政务服务热线和“好差评”工作",
                "负责政务服务标准化和数据共享")
            .Lead(1, 2, "主任", "Director", "副主任", "Deputy director", 7, PublicInstitution)
            .Staff("综合管理", "Administrator", Management, PublicInstitution, Enumerable.Repeat<int?>(9, S(3)).ToArray())
            .Staff("设备维护工", "Maintenance worker", Skilled, PublicInstitution,
                o.Violation == Violation.SkilledTopShare ? [2, 2, 3, 3] : [3, 3, 3, 3, 2])
            .Professionals("政务服务专员", "Service officer", PublicInstitution, S(24))
            .Professionals("受理专员", "Intake officer", Headcount, S(30)));

        if (o.HallWindows > 0)
        {
            var hall = Add(new DemoUnitSpec("service-hall", "service-center", OrgUnitKind.Section, "政务服务大厅", "Government Service Hall")
                .Duties("负责综合受理窗口的事项受理和一次告知", "负责帮办代办和“一件事”集成办理", "负责“好差评”和现场秩序管理")
                .Staff("大厅负责人", "Hall manager", Management, Headcount, 8));
            // Window staff are contract hires (聘用), as in most service halls; one post per window.
            for (var window = 1; window <= o.HallWindows; window++)
            {
                hall.Staff($"综合受理窗口 {window:00} 号", $"Service window {window:00}", Professional, Contract, 12);
            }
        }

        var talentCenter = Add(new DemoUnitSpec("talent-center", "mc", OrgUnitKind.PublicInstitution, "人才发展服务中心", "Talent Development Service Centre")
            .Duties(
                "承担人才引进、人才评价和人才档案管理服务",
                "承担人才公寓、人才驿站运营服务",
                "承担人才项目申报和政策咨询服务")
            .Lead(1, 2, "主任", "Director", "副主任", "Deputy director", 7, PublicInstitution));
        if (o.Violation == Violation.ProfessionalShare)
        {
            // Too many management posts: professional posts fall below 70 %.
            talentCenter.Staff("综合管理", "Administrator", Management, PublicInstitution, Enumerable.Repeat<int?>(9, S(9)).ToArray())
                .Professionals("人才服务专员", "Talent officer", PublicInstitution, S(13))
                .Staff("项目管理", "Project administrator", Management, Headcount, Enumerable.Repeat<int?>(9, S(4)).ToArray())
                .Professionals("人才评价专员", "Assessment officer", Headcount, S(10));
        }
        else
        {
            talentCenter.Staff("综合管理", "Administrator", Management, PublicInstitution, Enumerable.Repeat<int?>(9, S(2)).ToArray())
                .Professionals("人才服务专员", "Talent officer", PublicInstitution, S(20),
                    o.Violation == Violation.BandRatio ? (S(20) / 3, S(20) / 3, S(20) - (2 * (S(20) / 3))) : null)
                .Professionals("人才评价专员", "Assessment officer", Headcount, S(14),
                    o.Violation == Violation.BandRatio ? (S(14) / 3, S(14) / 3, S(14) - (2 * (S(14) / 3))) : null);
        }

        Add(new DemoUnitSpec("group", "mc", OrgUnitKind.PlatformCompany, $"{z}高新区发展集团有限公司", $"{char.ToUpperInvariant(zone.Code[0])}{zone.Code[1..]} Hi-tech Development Group")
            .Duties(
                "承担园区基础设施和产业载体的投资、建设和运营",
                "承担园区国有资产经营和产业基金运作",
                "承担园区招商引资市场化运作和企业服务")
            .Lead(1, 2, "董事长", "Chairman", "副总经理", "Deputy general manager", 7, Headcount)
            .Staff("业务主管", "Business supervisor", Management, Headcount, Enumerable.Repeat<int?>(9, S(10)).ToArray())
            .Professionals("工程师", "Engineer", Headcount, S(37)));

        var allocated = units.SelectMany(u => u.Posts).GroupBy(p => p.Type).ToDictionary(g => g.Key, g => g.Count());

        // Dalian's totals are the DOMAIN.md figures; the smaller zones keep a small reserve (机动编制) above what units hold.
        totals ??= allocated.ToDictionary(a => a.Key, a => a.Value + (a.Key == Headcount ? 5 : 2));
        return new DemoZoneOrganization
        {
            PostCodePrefix = o.PostCodePrefix,
            IdRegionCode = o.IdRegionCode,
            ApprovalDocumentNumber = o.ApprovalDocumentNumber,
            EffectiveFrom = o.EffectiveFrom,
            RandomSeed = o.RandomSeed,
            Units = units,
            ZoneTotals = totals,
            Schools = o.Schools,
            MixRules =
            [
                new DemoMixRuleSpec("service-center", StaffingMixRuleKind.MinCategoryShare, Professional, 0.7, null, null),
                new DemoMixRuleSpec("service-center", StaffingMixRuleKind.LevelBandRatio, Professional, null, [1, 3, 6], null),
                new DemoMixRuleSpec("service-center", StaffingMixRuleKind.MaxSkilledLowLevelShare, Skilled, null, null, 0.25),
                new DemoMixRuleSpec("talent-center", StaffingMixRuleKind.MinCategoryShare, Professional, 0.7, null, null),
                new DemoMixRuleSpec("talent-center", StaffingMixRuleKind.LevelBandRatio, Professional, null, [1, 3, 6], null),
            ],
        };
    }

    private enum Violation
    {
        ProfessionalShare,
        SkilledTopShare,
        BandRatio,
    }

    private sealed record Options(
        string PostCodePrefix, string IdRegionCode, string ApprovalDocumentNumber, DateOnly EffectiveFrom, int RandomSeed, double Scale, Violation Violation,
        IReadOnlyList<string> Schools)
    {
        public int HallWindows { get; init; }
        public int MunicipalApprovalItems { get; init; }
        public int WuxiApprovalItems { get; init; }

        /// <summary>The 科室 the zone has; null: all of them.</summary>
        public IReadOnlySet<string>? Sections { get; init; }
    }
}
