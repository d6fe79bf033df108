namespace TalentReform;

/// <summary>Raised when an id does not exist or belongs to another zone: both answer 404, so ids leak nothing.</summary>
public class EntityNotFoundException(string entityName, object id)
    : Exception($"{entityName} {id} was not found.")
{
    /// <summary>Localization key of the entity name, e.g. "Entity:Zone".</summary>
    public string EntityName { get; } = entityName;
    public object Id { get; } = id;
}
