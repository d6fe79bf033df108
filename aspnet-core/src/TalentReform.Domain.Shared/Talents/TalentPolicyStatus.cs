namespace TalentReform.Talents;

public enum TalentPolicyStatus
{
    Draft,
    Published,
    Retired,
}
