namespace TalentReform.Auditing;

public enum EntityChangeType
{
    Created,
    Updated,
    Deleted,
}
