namespace TalentReform.Recruitment;

/// <summary>
/// The relations that require 回避 (《事业单位人事管理回避规定》, 人社部规〔2019〕1号). Adoptive parents and
/// children and step-relations with an upbringing relationship (养父母子女、形成抚养关系的继父母子女) and the relatives
/// derived from them count as the blood relation they stand in for, so they are declared under that member.
/// </summary>
public enum KinshipRelation
{
    /// <summary>夫妻关系.</summary>
    Spouse,

    /// <summary>直系血亲: 祖父母、外祖父母、父母、子女、孙子女、外孙子女.</summary>
    LinealBloodRelative,

    /// <summary>三代以内旁系血亲: 叔伯姑舅姨、兄弟姐妹、堂兄弟姐妹、表兄弟姐妹、侄子女、甥子女.</summary>
    CollateralBloodRelative,

    /// <summary>近姻亲: 配偶的父母、配偶的兄弟姐妹及其配偶、子女的配偶及子女配偶的父母、三代以内旁系血亲的配偶.</summary>
    CloseAffinalRelative,
}
