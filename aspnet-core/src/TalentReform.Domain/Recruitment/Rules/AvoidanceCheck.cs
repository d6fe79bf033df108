using TalentReform.Localization;

namespace TalentReform.Recruitment;

public sealed record AvoidanceResult(IReadOnlyList<AvoidanceFinding> Findings)
{
    public bool Refused => Findings.Any(f => f.Refuses);

    public bool FlaggedForReview => Findings.Any(f => !f.Refuses);

    /// <summary>For the application: a refusal names the relative, the relation and the reason.</summary>
    public void EnsureNotRefused()
    {
        var refusal = Findings.FirstOrDefault(f => f.Refuses);
        if (refusal is not null)
        {
            throw new BusinessException(TalentReformErrorCodes.AvoidanceApplicationRefused,
                refusal.Relative.Name, LocalizedEnum.Of(refusal.Relative.Relation), LocalizedEnum.Of(refusal.Reason));
        }
    }
}

/// <summary>
/// 任职回避 at registration, 资格复审 and 考察 (《事业单位人事管理回避规定》, 人社部规〔2019〕1号; the 2005
/// 暂行规定 said the same for 人事、财务、纪律检查 posts). Every declared relation is one of the four kinds that
/// require 回避; the refusals are (a) the relative leads the post's unit and the post is in 组织人事、纪检监察、审计
/// or 财务, (b) the post is in a direct superior–subordinate line with the relative. Any other relative in the same
/// unit is flagged: the rule's further case (heads of such 内设机构 under the same leader) needs a judgement HR makes.
/// </summary>
public static class AvoidanceCheck
{
    public static AvoidanceResult Check(AvoidancePost post, IEnumerable<AvoidanceRelative> relatives)
    {
        var findings = new List<AvoidanceFinding>();
        foreach (var relative in relatives)
        {
            var sameUnit = relative.UnitId == post.UnitId;
            if (sameUnit && relative.LeadsUnit && post.FunctionArea != PostFunctionArea.Other)
            {
                findings.Add(new AvoidanceFinding(relative, AvoidanceReason.RelativeLeadsUnitSensitivePost));
            }
            else if (relative.DirectLineWithPost)
            {
                findings.Add(new AvoidanceFinding(relative, AvoidanceReason.DirectSuperiorSubordinate));
            }
            else if (sameUnit)
            {
                findings.Add(new AvoidanceFinding(relative, AvoidanceReason.SameUnit));
            }
        }

        return new AvoidanceResult(findings);
    }
}
