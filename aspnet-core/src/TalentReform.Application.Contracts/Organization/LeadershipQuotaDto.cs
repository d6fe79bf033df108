namespace TalentReform.Organization;

/// <summary>领导职数 with how many head and deputy posts the unit already has.</summary>
public record LeadershipQuotaDto(Guid Id, Guid OrgUnitId, int Heads, int Deputies, int HeadPosts, int DeputyPosts, string ConcurrencyStamp);
