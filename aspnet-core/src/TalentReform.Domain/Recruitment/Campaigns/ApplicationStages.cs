namespace TalentReform.Recruitment;

/// <summary>The order of the stages for a position: 直接考察 has no 笔试, and 体检/考察 come in the position's <see cref="CheckOrder"/>.</summary>
public static class ApplicationStages
{
    public static IReadOnlyList<RecruitmentStage> For(RecruitmentMethod method, CheckOrder checkOrder)
    {
        var stages = new List<RecruitmentStage> { RecruitmentStage.Registered, RecruitmentStage.QualificationPassed };
        if (method == RecruitmentMethod.Examination)
        {
            stages.Add(RecruitmentStage.WrittenExam);
        }

        stages.AddRange([RecruitmentStage.QualificationRechecked, RecruitmentStage.Interview, RecruitmentStage.Ranked]);
        stages.AddRange(checkOrder == CheckOrder.MedicalFirst
            ? [RecruitmentStage.Medical, RecruitmentStage.Assessment]
            : [RecruitmentStage.Assessment, RecruitmentStage.Medical]);
        stages.AddRange([RecruitmentStage.Publicity, RecruitmentStage.Hired]);
        return stages;
    }

    /// <summary>The stage after <paramref name="current"/>, or null after 聘用.</summary>
    public static RecruitmentStage? Next(RecruitmentStage current, RecruitmentMethod method, CheckOrder checkOrder)
    {
        var stages = For(method, checkOrder);
        var index = stages.ToList().IndexOf(current);
        return index >= 0 && index + 1 < stages.Count ? stages[index + 1] : null;
    }
}
