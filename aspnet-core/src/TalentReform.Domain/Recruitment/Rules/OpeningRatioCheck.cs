namespace TalentReform.Recruitment;

/// <summary>The opening-ratio decision for one position, with what it started from so the notice of 核减/取消 can explain it.</summary>
public sealed record OpeningRatioResult(
    OpeningRatioDecision Decision,
    int OriginalPlaces,
    int PlacesKept,
    int QualifiedApplicants,
    int Ratio,
    OpeningRatioExemption? Exemption)
{
    /// <summary>Qualified applicants the original places needed (places × ratio); 0 where no ratio applies.</summary>
    public int RequiredApplicants => Decision == OpeningRatioDecision.NotApplicable ? 0 : OriginalPlaces * Ratio;

    public bool Cancelled => Decision == OpeningRatioDecision.Cancelled;

    public int PlacesCut => OriginalPlaces - PlacesKept;
}

/// <summary>
/// 开考比例核验 before the written exam (RECRUITMENT-RULES §1.3, provincial rules): places : qualified applicants must
/// be at least 1 : ratio; otherwise the places are cut until it is met (核减) or the position is cancelled, as the
/// campaign announced. 考核招聘/直接考察 has no ratio. Who counts as qualified (passed 资格初审, or paid) is the
/// caller's choice; this rule only counts them.
/// </summary>
public static class OpeningRatioCheck
{
    public static OpeningRatioResult Evaluate(int places, int qualifiedApplicants, RecruitmentMethod method,
        OpeningRatioShortfall shortfall, int ratio = RecruitmentDefaults.OpeningRatio, OpeningRatioExemption? exemption = null)
    {
        if (places < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlacesInvalid, places);
        }

        if (ratio < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentRatioInvalid, ratio);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(qualifiedApplicants);

        OpeningRatioResult Result(OpeningRatioDecision decision, int kept, OpeningRatioExemption? applied = null) =>
            new(decision, places, kept, qualifiedApplicants, ratio, applied);

        // Nobody to examine or assess: no exemption can make a position run without candidates.
        if (qualifiedApplicants == 0)
        {
            return Result(OpeningRatioDecision.Cancelled, 0);
        }

        if (method == RecruitmentMethod.DirectAssessment)
        {
            return Result(OpeningRatioDecision.NotApplicable, places);
        }

        if (qualifiedApplicants >= places * ratio)
        {
            return Result(OpeningRatioDecision.Met, places);
        }

        if (exemption is not null)
        {
            return Result(OpeningRatioDecision.Exempted, places, exemption);
        }

        // The largest P' with Q ≥ P' × R is ⌊Q / R⌋; below 1 nothing is left to run.
        var kept = shortfall == OpeningRatioShortfall.ReducePlaces ? qualifiedApplicants / ratio : 0;
        return kept == 0 ? Result(OpeningRatioDecision.Cancelled, 0) : Result(OpeningRatioDecision.Reduced, kept);
    }
}
