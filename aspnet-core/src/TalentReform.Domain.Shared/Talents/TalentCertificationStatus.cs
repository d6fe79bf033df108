namespace TalentReform.Talents;

/// <summary>人才认定: applied for → approved or rejected by an HR officer; imported certifications are approved at once.</summary>
public enum TalentCertificationStatus
{
    Pending,
    Approved,
    Rejected,
}

public enum TalentCertificationSource
{
    Application,
    Import,
}
