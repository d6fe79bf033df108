namespace TalentReform.Recruitment;

/// <summary>Campaign ↔ DTO: positions carry their requirements and scoring as the notice announces them.</summary>
internal static class RecruitmentCampaignDtos
{
    public static RecruitmentCampaignDto ToDto(RecruitmentCampaign c) => new(
        c.Id, c.Year, c.Code, c.TitleZh, c.TitleEn, c.RecruitmentPlanId, c.Status, c.NoticeWorkingDays, c.MinRegistrationDays,
        c.RegistrationStart, c.RegistrationEnd, c.AgeReferenceDate, c.WrittenExamOn, c.InterviewOn, c.MedicalOn, c.AssessmentOn,
        c.PublishedOn, c.NoticeEndsOn, c.CancelReason,
        c.Positions.OrderBy(p => p.Code).Select(ToDto).ToList(),
        c.Amendments.Select(a => new CampaignAmendmentDto(
            a.Sequence, a.Reason, a.Changes.Select(x => new CampaignConditionChangeDto(x.Field, x.Before, x.After)).ToList(), a.AmendedByName, a.AmendedAt)).ToList(),
        c.ConcurrencyStamp);

    public static CampaignPositionDto ToDto(CampaignPosition p) => new(
        p.Id, p.PlanLineId, p.OrgUnitId, p.PostId, p.StaffingType, p.Code, p.Name, p.Places, p.IsCancelled,
        new PositionRequirementsDto
        {
            MinimumDegree = p.MinimumDegree,
            Majors = p.Majors.ToList(),
            MaxAge = p.MaxAge,
            ProfessionalTitle = p.ProfessionalTitle,
            MinYearsOfExperience = p.MinYearsOfExperience,
            HouseholdRegistration = p.HouseholdRegistration,
        },
        new PositionScoringDto
        {
            Method = p.Method,
            WrittenWeightPercent = p.WrittenWeightPercent,
            Decimals = p.ScoreDecimals,
            Rounding = p.ScoreRounding,
            WrittenPassLine = p.WrittenPassLine,
            InterviewPassLine = p.InterviewPassLine,
            InterviewRatio = p.InterviewRatio,
            OpeningRatio = p.OpeningRatio,
            Shortfall = p.OpeningRatioShortfall,
            Replacement = p.ReplacementPolicy,
            CheckOrder = p.CheckOrder,
            ProbationMonths = p.ProbationMonths,
            MinimumServiceYears = p.MinimumServiceYears,
        },
        p.Exemption is { } e ? new OpeningRatioExemptionDto { Reason = e.Reason, ApprovalReference = e.ApprovalReference, ApprovedOn = e.ApprovedOn } : null,
        p.OpeningRatioQualifiedApplicants, p.PlacesBeforeOpeningRatio, p.OpeningRatioDecidedAt);

    public static CampaignPositionSpec ToSpec(CampaignPositionInput input)
    {
        var r = input.Requirements;
        var s = input.Scoring;
        return new CampaignPositionSpec(
            input.PlanLineId!.Value, input.OrgUnitId!.Value, input.PostId!.Value, input.StaffingType!.Value, input.Code, input.Name, input.Places,
            new PositionRequirements(r.MinimumDegree, r.Majors, r.MaxAge, r.ProfessionalTitle, r.MinYearsOfExperience, r.HouseholdRegistration),
            new PositionScoring(
                s.Method!.Value, s.WrittenWeightPercent, s.Decimals, s.Rounding, s.WrittenPassLine, s.InterviewPassLine, s.InterviewRatio, s.OpeningRatio,
                s.Shortfall, s.Replacement, s.CheckOrder, s.ProbationMonths, s.MinimumServiceYears));
    }
}
