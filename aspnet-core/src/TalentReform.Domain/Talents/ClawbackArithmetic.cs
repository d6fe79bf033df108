namespace TalentReform.Talents;

/// <summary>追回: the share of what was paid that a talent leaving within the 服务期 pays back.</summary>
public static class ClawbackArithmetic
{
    /// <summary>paid × unserved months ÷ committed months, rounded to the yuan (half away from zero).</summary>
    public static decimal Amount(decimal paid, DateOnly start, int commitmentYears, DateOnly leftOn)
    {
        var committedMonths = commitmentYears * 12;
        var servedMonths = (leftOn.Year - start.Year) * 12 + leftOn.Month - start.Month - (leftOn.Day < start.Day ? 1 : 0);
        var unserved = Math.Clamp(committedMonths - servedMonths, 0, committedMonths);
        return Math.Round(paid * unserved / committedMonths, 0, MidpointRounding.AwayFromZero);
    }
}
