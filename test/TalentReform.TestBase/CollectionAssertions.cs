using Shouldly;

namespace TalentReform;

public static class CollectionAssertions
{
    /// <summary>Asserts that every expected item is present (others may be present too).</summary>
    public static void ShouldContainAll<T>(this IEnumerable<T> actual, IEnumerable<T> expected)
    {
        var items = actual.ToList();
        expected.Except(items).ShouldBeEmpty($"missing from [{string.Join(", ", items)}]");
    }
}
