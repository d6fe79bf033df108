namespace TalentReform.Recruitment;

/// <summary>A way a campaign's notice and registration dates break the publication rules (RECRUITMENT-RULES §1.2).</summary>
public enum NoticeViolationKind
{
    /// <summary>The notice is public fewer working days than required.</summary>
    NoticeTooShort,

    /// <summary>Registration is open fewer days than required.</summary>
    RegistrationTooShort,

    /// <summary>Registration opens before the notice is published.</summary>
    RegistrationBeforeNotice,

    /// <summary>Registration closes before it opens.</summary>
    RegistrationEndsBeforeStart,

    /// <summary>The notice is published fewer days before registration opens than the (optional) lead time.</summary>
    LeadTimeTooShort,
}
