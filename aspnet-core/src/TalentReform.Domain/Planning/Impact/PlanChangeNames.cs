using System.Text.Json;
using TalentReform.Planning.Changes;

namespace TalentReform.Planning.Impact;

/// <summary>A unit's names in both languages, as a change referred to it.</summary>
public sealed record PlanUnitName(string Zh, string En);

/// <summary>
/// The names of the units, posts and people one change refers to, as they were in the what-if structure just
/// before that change ran. Stored on the plan at submission, so its record reads as submitted — a rename later
/// in the plan, or anything done to the names after it was applied, does not rewrite what an earlier change said.
/// </summary>
public sealed record PlanChangeNames(
    IReadOnlyDictionary<Guid, PlanUnitName> Units,
    IReadOnlyDictionary<Guid, string> Posts,
    IReadOnlyDictionary<Guid, string> Persons)
{
    /// <summary>How a change names a post: "code title".</summary>
    public static string PostText(string code, string titleZh) => $"{code} {titleZh}";

    /// <summary>
    /// Every id in the change's stored form that names a unit, post or person of the structure. Reading the ids off
    /// the stored form (rather than per change type) keeps new change types covered.
    /// </summary>
    public static PlanChangeNames Capture(ZoneStructure structure, PlanChangeSpec change)
    {
        var ids = new HashSet<Guid>();
        using (var document = JsonDocument.Parse(change.ToJson()))
        {
            CollectIds(document.RootElement, ids);
        }

        return new PlanChangeNames(
            ids.Where(structure.Units.ContainsKey).ToDictionary(id => id, id => new PlanUnitName(structure.Units[id].NameZh, structure.Units[id].NameEn)),
            ids.Where(structure.Posts.ContainsKey).ToDictionary(id => id, id => PostText(structure.Posts[id].Code, structure.Posts[id].TitleZh)),
            ids.Where(structure.Persons.ContainsKey).ToDictionary(id => id, id => structure.Persons[id].Name));
    }

    private static void CollectIds(JsonElement element, HashSet<Guid> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectIds(property.Value, ids);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectIds(item, ids);
                }

                break;
            case JsonValueKind.String when element.TryGetGuid(out var id):
                ids.Add(id);
                break;
        }
    }
}
