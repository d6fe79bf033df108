namespace TalentReform.Recruitment;

/// <summary>Which rule set a hire's 试用期.</summary>
public enum ProbationBasis
{
    /// <summary>初次就业 with a contract of 3 years or more: 12 months (《事业单位人事管理条例》 art. 13).</summary>
    FirstEmploymentLongContract,

    /// <summary>Every other new hire: the campaign's months, at most 6 (国办发〔2002〕35号).</summary>
    Campaign,

    /// <summary>The person already served a 试用期 in this unit: none again (国办发〔2002〕35号: 只能约定一次).</summary>
    AlreadyServedInUnit,
}
