using TalentReform.Account;
using TalentReform.Auditing;

namespace TalentReform.Dashboard;

public record RoleCountDto(string RoleName, int Count);

/// <param name="Zone">The caller's zone; null for the platform admin, who sees every zone's totals.</param>
public record DashboardDto(
    CurrentZoneDto? Zone,
    int ZoneCount,
    int UserCount,
    IReadOnlyList<RoleCountDto> UsersByRole,
    IReadOnlyList<AuditLogDto> RecentAuditLogs);
