namespace TalentReform.Staffing;

/// <summary>Highest education (学历/学位); benefit rules later key on it (本科/硕士/博士).</summary>
public enum EducationDegree
{
    /// <summary>高中/中专 and below</summary>
    Secondary,

    /// <summary>大专</summary>
    JuniorCollege,

    /// <summary>本科</summary>
    Bachelor,

    /// <summary>硕士</summary>
    Master,

    /// <summary>博士</summary>
    Doctorate,
}
