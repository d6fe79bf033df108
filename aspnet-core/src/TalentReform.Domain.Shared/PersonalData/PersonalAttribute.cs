namespace TalentReform.PersonalData;

/// <summary>
/// Marks a property as personal information of the given kind: the one classification that the audit
/// recorder (stores it masked), the audit log reader and the application services (mask it for callers
/// without the permission) read through <c>PersonalDataRegistry</c>. On a class it names an inherited
/// property (an Identity user's PhoneNumber, which the entity does not declare itself).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class PersonalAttribute(PersonalDataKind kind, string? propertyName = null) : Attribute
{
    public PersonalDataKind Kind { get; } = kind;

    /// <summary>Only on a class: the inherited property meant.</summary>
    public string? PropertyName { get; } = propertyName;
}
