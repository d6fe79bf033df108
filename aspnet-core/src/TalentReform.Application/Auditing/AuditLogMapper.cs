using Riok.Mapperly.Abstractions;

namespace TalentReform.Auditing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AuditLogMapper
{
    public static partial AuditLogDto ToDto(this AuditLog log);

    private static partial AuditLogChangeDto ToDto(AuditLogChange change);
}
