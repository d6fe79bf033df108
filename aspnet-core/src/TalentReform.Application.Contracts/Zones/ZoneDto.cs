namespace TalentReform.Zones;

public record ZoneDto(Guid Id, string Code, string NameZh, string NameEn, string Province, DateOnly FoundedOn, bool IsActive, string ConcurrencyStamp);
