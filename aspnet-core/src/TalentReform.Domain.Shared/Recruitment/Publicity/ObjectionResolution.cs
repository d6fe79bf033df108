namespace TalentReform.Recruitment;

/// <summary>The outcome of a 公示 objection (异议).</summary>
public enum ObjectionResolution
{
    /// <summary>待核查.</summary>
    Pending,

    /// <summary>反映属实: the candidate fails, 递补 applies.</summary>
    Upheld,

    /// <summary>反映不实/不影响聘用: recorded, the hire goes on.</summary>
    Dismissed,
}
