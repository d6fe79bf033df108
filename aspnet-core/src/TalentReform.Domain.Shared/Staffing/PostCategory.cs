namespace TalentReform.Staffing;

/// <summary>事业单位 post categories; see <see cref="PostLevels"/> for the grades each allows.</summary>
public enum PostCategory
{
    /// <summary>管理岗位, levels 1–10.</summary>
    Management,

    /// <summary>专业技术岗位, levels 1–13.</summary>
    Professional,

    /// <summary>工勤技能岗位 技术工, levels 1–5.</summary>
    Skilled,

    /// <summary>工勤技能岗位 普通工: ungraded, so it has no level.</summary>
    Ordinary,
}
