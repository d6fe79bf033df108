using System.Globalization;
using System.Net;

namespace TalentReform.Talents;

/// <summary>A host that allows only four calculations per window.</summary>
public class CalculatorRateLimitedFactory : TalentReformWebApplicationFactory
{
    public const int PermitLimit = 4;

    protected override IDictionary<string, string?> GetSettings()
    {
        var settings = base.GetSettings();
        settings["RateLimiting:PolicyCalculator:PermitLimit"] = PermitLimit.ToString(CultureInfo.InvariantCulture);
        return settings;
    }
}

/// <summary>The public policy calculator: anonymous, explained, bounded, rate-limited, and nothing stored.</summary>
public class PolicyCalculatorTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/public/zones/{0}/policy-calculator";

    /// <summary>A 30-year-old 硕士, tier C, employed in the zone on a five-year contract, four months insured locally, renting.</summary>
    private static readonly object Master = new
    {
        degree = "Master", age = 30, employerInZone = true, contractYears = 5, socialInsuranceMonths = 4, tier = "C", ownsHomeInZone = false,
    };

    [Fact]
    public async Task An_anonymous_visitor_sees_the_package_with_amounts_payments_and_reasons()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.PostJsonAsync(string.Format(CultureInfo.InvariantCulture, Url, "dalian"), Master);
        var result = await response.ShouldSucceedAsync<PolicyCalculatorResultDto>();

        // Dalian's demo policy: 安家补贴 C 200万 over 5 years, 人才公寓 9万 (租房补贴 gives way: same group, and it also
        // misses 2 months of social insurance), 科研启动经费 C 50万 in 2 years, three services; 生活补贴 needs 6 months.
        var granted = result.Benefits.Where(b => b.Eligible).ToDictionary(b => b.Code, b => b.Amount);
        granted.ShouldBe(new Dictionary<string, decimal?>
        {
            ["settling"] = 2_000_000, ["apartment"] = 90_000, ["research"] = 500_000, ["school"] = 0, ["medical"] = 0, ["spouse"] = 0,
        });
        result.TotalAmount.ShouldBe(2_590_000);
        result.ByYear.Select(y => y.Amount).ShouldBe([740_000m, 650_000m, 400_000m, 400_000m, 400_000m]);
        var living = result.Benefits.Single(b => b.Code == "living");
        (living.Eligible, living.IsAlmost, living.Article).ShouldBe((false, true, "第六条"));
        living.Conditions.Where(c => !c.Passed && c.Hint is not null).Select(c => c.Hint).ShouldContain("本地社保缴纳月数还差 2");
        result.Benefits.Single(b => b.Code == "settling").Payments.Select(p => p.Amount).ShouldBe([400_000m, 400_000m, 400_000m, 400_000m, 400_000m]);
    }

    [Fact]
    public async Task Exclusivity_grants_only_the_higher_housing_benefit()
    {
        using var client = factory.CreateAnonymousClient();
        using var response = await client.PostJsonAsync(string.Format(CultureInfo.InvariantCulture, Url, "dalian"), new
        {
            degree = "Master", age = 30, employerInZone = true, contractYears = 5, socialInsuranceMonths = 12, tier = "C", ownsHomeInZone = false,
        });
        var result = await response.ShouldSucceedAsync<PolicyCalculatorResultDto>();

        var rent = result.Benefits.Single(b => b.Code == "rent");
        (rent.Eligible, rent.ExcludedBy).ShouldBe((false, "apartment"));
        rent.Reason.ShouldBe("与“人才公寓（免租三年）”就高不重复，按较高者享受");
        result.Benefits.Single(b => b.Code == "living").Amount.ShouldBe(30_000);
    }

    [Theory]
    [InlineData("age", 300)]
    [InlineData("socialInsuranceMonths", -1)]
    [InlineData("contractYears", 51)]
    public async Task Absurd_input_is_refused_with_400(string field, int value)
    {
        using var client = factory.CreateAnonymousClient();
        using var response = await client.PostJsonAsync(string.Format(CultureInfo.InvariantCulture, Url, "dalian"), new Dictionary<string, object> { [field] = value });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
        problem.Errors!.Keys.ShouldContain(field);
    }

    [Fact]
    public async Task An_unknown_zone_answers_404_and_the_zone_list_is_public()
    {
        using var client = factory.CreateAnonymousClient();
        using var unknown = await client.PostJsonAsync(string.Format(CultureInfo.InvariantCulture, Url, "atlantis"), Master);
        var zones = await client.GetJsonAsync<List<PublicZoneDto>>("/api/public/zones");

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        zones.Select(z => z.Code).ShouldBe(["chengde", "dalian", "jiangyin"]);
    }
}

/// <summary>Its own host, so the other tests' calculations do not count against the limit.</summary>
public class PolicyCalculatorRateLimitTests(CalculatorRateLimitedFactory factory) : IClassFixture<CalculatorRateLimitedFactory>
{
    [Fact]
    public async Task Calculations_beyond_the_limit_get_429()
    {
        using var client = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < CalculatorRateLimitedFactory.PermitLimit + 2; i++)
        {
            using var response = await client.PostJsonAsync("/api/public/zones/chengde/policy-calculator", new { age = 30 });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(CalculatorRateLimitedFactory.PermitLimit).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(CalculatorRateLimitedFactory.PermitLimit).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
