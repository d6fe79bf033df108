namespace TalentReform.Talents;

public enum BenefitAmountKind
{
    /// <summary>A service (子女入学, 医疗绿色通道, 配偶就业): no money.</summary>
    None,
    Fixed,

    /// <summary>By certified tier (e.g. 安家补贴 B 300万, C 200万 …).</summary>
    ByTier,

    /// <summary>By highest degree (e.g. 生活补贴 本科 1万, 硕士 3万, 博士 5万).</summary>
    ByDegree,
}

public enum PaymentScheduleKind
{
    LumpSum,

    /// <summary>N yearly installments with given shares (e.g. 安家补贴 over 5 years).</summary>
    Yearly,
}
