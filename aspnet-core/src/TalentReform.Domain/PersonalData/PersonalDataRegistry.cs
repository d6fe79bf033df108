using System.Collections.Concurrent;
using System.Reflection;

namespace TalentReform.PersonalData;

/// <summary>
/// Reads the <see cref="PersonalAttribute"/> classification of the model: by entity type (the audit recorder,
/// application services) or by the entity and property names the audit log stores (the audit log reader, for
/// rows written before values were stored masked).
/// </summary>
public static class PersonalDataRegistry
{
    private static readonly ConcurrentDictionary<(Type, string), PersonalDataKind?> ByType = new();

    private static readonly Lazy<IReadOnlyDictionary<(string Entity, string Property), PersonalDataKind>> ByName = new(ScanModel);

    public static PersonalDataKind? KindOf(Type entityType, string propertyName) =>
        ByType.GetOrAdd((entityType, propertyName), key => Find(key.Item1, key.Item2));

    /// <param name="entityType">The entity's CLR name as the audit log stores it ("Person", "AppUser").</param>
    public static PersonalDataKind? KindOf(string entityType, string propertyName) =>
        ByName.Value.TryGetValue((entityType, propertyName), out var kind) ? kind : null;

    private static PersonalDataKind? Find(Type type, string propertyName) =>
        type.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance)?.GetCustomAttribute<PersonalAttribute>()?.Kind
        ?? type.GetCustomAttributes<PersonalAttribute>(inherit: true).FirstOrDefault(a => a.PropertyName == propertyName)?.Kind;

    private static Dictionary<(string, string), PersonalDataKind> ScanModel()
    {
        var kinds = new Dictionary<(string, string), PersonalDataKind>();
        foreach (var type in typeof(PersonalDataRegistry).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (KindOf(type, property.Name) is { } kind)
                {
                    kinds[(type.Name, property.Name)] = kind;
                }
            }
        }

        return kinds;
    }
}
