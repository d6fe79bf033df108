namespace TalentReform.Dtos;

public record ListResultDto<T>(IReadOnlyList<T> Items);
