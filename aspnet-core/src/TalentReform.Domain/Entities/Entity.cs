namespace TalentReform.Entities;

/// <summary>An entity with a Guid identity.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; }

    protected Entity()
    {
    }

    protected Entity(Guid id)
    {
        Id = id;
    }
}
