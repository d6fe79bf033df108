using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Validation;

namespace TalentReform.Auditing;

public class GetAuditLogsInput : PagedAndSortedRequestDto
{
    [StringLength(AuditLogConsts.MaxEntityTypeLength)]
    public string? EntityType { get; set; }

    [StringLength(AuditLogConsts.MaxEntityIdLength)]
    public string? EntityId { get; set; }

    [StringLength(AuditLogConsts.MaxUserNameLength)]
    public string? UserName { get; set; }

    public EntityChangeType? ChangeType { get; set; }

    [BusinessDate]
    public DateTimeOffset? From { get; set; }

    [BusinessDate]
    public DateTimeOffset? To { get; set; }

    /// <summary>Platform admin only: restrict to one zone (zone users always see their own zone).</summary>
    public Guid? ZoneId { get; set; }
}
