namespace TalentReform.Entities;

public interface IHasCreationTime
{
    DateTimeOffset CreationTime { get; }
}
