namespace TalentReform.Identity;

public record RoleDto(Guid Id, string Name, bool IsZoneRole);
