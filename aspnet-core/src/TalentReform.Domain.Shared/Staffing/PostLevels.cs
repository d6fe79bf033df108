namespace TalentReform.Staffing;

/// <summary>The grades each <see cref="PostCategory"/> allows (1 is the highest).</summary>
public static class PostLevels
{
    public static (int Min, int Max)? RangeOf(PostCategory category) => category switch
    {
        PostCategory.Management => (1, 10),
        PostCategory.Professional => (1, 13),
        PostCategory.Skilled => (1, 5),
        _ => null,
    };

    /// <summary>Graded categories need a level inside their range; <see cref="PostCategory.Ordinary"/> takes none.</summary>
    public static bool IsValid(PostCategory category, int? level) => RangeOf(category) switch
    {
        { } range => level is { } l && l >= range.Min && l <= range.Max,
        null => level is null,
    };
}
