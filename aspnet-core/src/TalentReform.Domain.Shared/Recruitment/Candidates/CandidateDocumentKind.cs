namespace TalentReform.Recruitment;

/// <summary>
/// The kinds of document a candidate's file holds (报名材料) and the 一件事 services ask for: one list, so a service
/// that needs a degree certificate finds the one the candidate uploaded when applying and never asks twice (最多跑一次).
/// </summary>
public enum CandidateDocumentKind
{
    /// <summary>居民身份证 (both sides).</summary>
    IdCard,

    /// <summary>毕业证书.</summary>
    DiplomaCertificate,

    /// <summary>学位证书.</summary>
    DegreeCertificate,

    /// <summary>专业技术资格 / 职称证书.</summary>
    ProfessionalTitleCertificate,

    /// <summary>职业资格 / 执业证书.</summary>
    QualificationCertificate,

    /// <summary>户口簿 (the 落户 file).</summary>
    HouseholdRegister,

    /// <summary>结婚证 (spouse services).</summary>
    MarriageCertificate,

    /// <summary>出生医学证明 (子女入学).</summary>
    ChildBirthCertificate,

    /// <summary>社保缴费记录 (社保 transfer).</summary>
    SocialSecurityRecord,

    /// <summary>Anything else the candidate adds (e.g. 获奖证书).</summary>
    Other,
}
