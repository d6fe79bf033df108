namespace TalentReform.Dtos;

public record PagedResultDto<T>(long TotalCount, IReadOnlyList<T> Items);
