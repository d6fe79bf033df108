using TalentReform.Entities;

namespace TalentReform.Auditing;

public class AuditLogChange : Entity
{
    public Guid AuditLogId { get; private set; }
    public string PropertyName { get; private set; } = null!;
    public string? OriginalValue { get; private set; }
    public string? NewValue { get; private set; }

    protected AuditLogChange()
    {
    }

    public AuditLogChange(Guid id, Guid auditLogId, string propertyName, string? originalValue, string? newValue)
        : base(id)
    {
        AuditLogId = auditLogId;
        PropertyName = propertyName;
        OriginalValue = originalValue;
        NewValue = newValue;
    }
}
