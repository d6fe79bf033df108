namespace TalentReform.Recruitment;

/// <summary>The relations 人社部规〔2019〕1号 asks a candidate to declare (回避 applies to them).</summary>
public enum ApplicantRelation
{
    /// <summary>夫妻关系.</summary>
    Spouse,

    /// <summary>直系血亲.</summary>
    LinealBlood,

    /// <summary>三代以内旁系血亲.</summary>
    CollateralBlood,

    /// <summary>近姻亲.</summary>
    CloseInLaw,
}
