namespace TalentReform.Recruitment;

/// <summary>试用期 (条例 art. 13; 国办发〔2002〕35号): 12 months for 初次就业 with ≥ 3-year contracts, else the campaign's ≤ 6.</summary>
public class ProbationRuleTests
{
    [Theory]
    // 初次就业, 36 months (exactly 3 years) or 60: 12 months fixed, whatever the campaign says
    [InlineData(true, 36, 3, 12, ProbationBasis.FirstEmploymentLongContract)]
    [InlineData(true, 60, 6, 12, ProbationBasis.FirstEmploymentLongContract)]
    // 初次就业 with a 2-year contract: the campaign's months, 3 by default, 6 where it says so
    [InlineData(true, 24, 3, 3, ProbationBasis.Campaign)]
    [InlineData(true, 24, 6, 6, ProbationBasis.Campaign)]
    // Not 初次就业, even with a long contract: the campaign's months
    [InlineData(false, 36, 3, 3, ProbationBasis.Campaign)]
    [InlineData(false, 60, 6, 6, ProbationBasis.Campaign)]
    [InlineData(false, 36, 0, 0, ProbationBasis.Campaign)]
    // A 2-month contract: the 试用期 is part of the term and cannot outlast it
    [InlineData(false, 2, 3, 2, ProbationBasis.Campaign)]
    public void Months_follow_first_employment_contract_length_and_campaign(bool firstEmployment, int contractMonths, int campaignMonths,
        int expected, ProbationBasis basis)
    {
        var decision = ProbationRule.Decide(firstEmployment, contractMonths, campaignMonths);

        decision.Months.ShouldBe(expected);
        decision.Basis.ShouldBe(basis);
    }

    [Fact]
    public void The_default_campaign_probation_is_three_months()
    {
        ProbationRule.Decide(firstEmployment: false, contractMonths: 36).Months.ShouldBe(3);
    }

    [Fact]
    public void A_second_probation_in_the_same_unit_is_never_set()
    {
        var decision = ProbationRule.Decide(firstEmployment: true, contractMonths: 36, servedProbationInUnit: true);

        decision.Months.ShouldBe(0);
        decision.Basis.ShouldBe(ProbationBasis.AlreadyServedInUnit);
        decision.EndsOn(new DateOnly(2026, 3, 1)).ShouldBeNull();
    }

    [Theory]
    // 12 months from 2026-03-01: 2026-03-01 … 2027-02-28
    [InlineData("2026-03-01", 12, "2027-02-28")]
    // 3 months from 2026-12-07: … 2027-03-06
    [InlineData("2026-12-07", 3, "2027-03-06")]
    // 3 months from 2026-11-30: February has no 30th, so the last day of February 2027
    [InlineData("2026-11-30", 3, "2027-02-28")]
    // 1 month from 2026-01-31: … 2026-02-28
    [InlineData("2026-01-31", 1, "2026-02-28")]
    public void The_last_day_counts_the_start_day(string start, int months, string end)
    {
        new ProbationDecision(months, ProbationBasis.Campaign).EndsOn(Date(start)).ShouldBe(Date(end));
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        new Action(() => ProbationRule.Decide(true, 24, 7)).ShouldBeRefusedWith(TalentReformErrorCodes.ProbationMonthsOutOfRange);
        new Action(() => ProbationRule.Decide(true, 24, -1)).ShouldBeRefusedWith(TalentReformErrorCodes.ProbationMonthsOutOfRange);
        new Action(() => ProbationRule.Decide(true, 0)).ShouldBeRefusedWith(TalentReformErrorCodes.ContractTermInvalid);
    }

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
