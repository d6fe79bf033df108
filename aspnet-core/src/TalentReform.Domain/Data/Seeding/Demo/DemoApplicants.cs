using System.Globalization;
using TalentReform.Recruitment;
using TalentReform.Staffing;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Deterministic applicants for the demo campaigns: Chinese names, valid 身份证号 from districts outside the zone (so no
/// applicant is mistaken for a person already on its staff), ages under the 35 limit, 本科 or 硕士 — or, for those who
/// fail 资格初审, a 大专 diploma below the positions' requirement — and distinct written and interview scores.
/// </summary>
internal sealed class DemoApplicants(Random random)
{
    // 北京海淀, 天津南开, 石家庄长安, 沈阳和平, 南京玄武, 济南历下, 郑州金水, 武汉洪山, 成都武侯, 西安雁塔, 哈尔滨南岗, 长沙岳麓.
    private static readonly string[] Regions = ["110108", "120104", "130102", "210102", "320102", "370102", "410105", "420111", "510107", "610113", "230103", "430104"];

    private int _sequence;

    /// <summary>The positions' requirement: 本科 and above, 35 or younger on the reference date.</summary>
    public static readonly PositionRequirements Requirements = new(EducationDegree.Bachelor, MaxAge: 35);

    public CandidateSnapshot Next(DateOnly referenceDate, bool qualifies)
    {
        var male = random.Next(100) < 50;
        var name = DemoPeople.NameOf(random, male);
        var birthDate = referenceDate.AddYears(-(23 + random.Next(12))).AddDays(-random.Next(1, 360));
        var degree = !qualifies ? EducationDegree.JuniorCollege : random.Next(100) < 35 ? EducationDegree.Master : EducationDegree.Bachelor;
        var idNumber = DemoIdNumbers.Make(Regions[random.Next(Regions.Length)], birthDate, _sequence++, male);
        var phone = "1" + "3578"[random.Next(4)] + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        return new CandidateSnapshot(name, idNumber, phone, birthDate, degree, DemoPeople.Majors[random.Next(DemoPeople.Majors.Length)], null, random.Next(0, 8), null);
    }

    /// <summary><paramref name="count"/> distinct scores between <paramref name="low"/> and <paramref name="high"/> in half points.</summary>
    public List<decimal> DistinctScores(int count, decimal low, decimal high)
    {
        var all = Enumerable.Range(0, (int)((high - low) * 2) + 1).Select(i => low + (i * 0.5m)).OrderBy(_ => random.Next()).ToList();
        return all.Take(count).ToList();
    }
}
