namespace TalentReform.Talents;

/// <summary>人才分类认定 levels, A highest: A 顶尖人才, B 国家级领军人才, C 地方级领军人才, D 高级人才, E 青年/后备人才.</summary>
public enum TalentTierLevel
{
    A,
    B,
    C,
    D,
    E,
}
