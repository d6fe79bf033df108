using System.Reflection;
using System.Text.Json;

namespace TalentReform.Planning;

/// <summary>
/// The table of plan-change fields (served to the change form) is the one the server's conversion enforces: every
/// type converts with its required fields alone, and leaving out any one of them is refused naming that field.
/// </summary>
public class PlanChangeFieldsTests
{
    public static TheoryData<PlanChangeType> Types() => new(Enum.GetValues<PlanChangeType>());

    [Theory]
    [MemberData(nameof(Types))]
    public void A_change_with_only_its_required_fields_converts(PlanChangeType type)
    {
        // Arrange
        var input = InputWith(type, PlanChangeFields.Of(type).Where(f => f.Required).Select(f => f.Name));

        // Act
        var spec = PlanChangeInputConverter.ToSpec(input);

        // Assert
        spec.Type.ShouldBe(type);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Leaving_out_any_required_field_is_refused_naming_it(PlanChangeType type)
    {
        var required = PlanChangeFields.Of(type).Where(f => f.Required).ToList();
        required.ShouldNotBeEmpty();
        foreach (var missing in required)
        {
            // Arrange
            var input = InputWith(type, required.Where(f => f != missing).Select(f => f.Name));

            // Act
            var refusal = Should.Throw<BusinessException>(() => PlanChangeInputConverter.ToSpec(input));

            // Assert
            refusal.Code.ShouldBe(TalentReformErrorCodes.PlanChangeFieldRequired);
            refusal.Args.OfType<Localization.LocalizedText>().ShouldHaveSingleItem().Key.ShouldBe("PlanField:" + missing.Label);
        }
    }

    [Fact]
    public void Every_field_the_table_names_is_a_property_of_the_change_input()
    {
        var properties = typeof(PlanChangeInput).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();
        Enum.GetValues<PlanChangeType>().SelectMany(PlanChangeFields.Of).Select(f => f.Name).Distinct().ShouldAllBe(name => properties.Contains(name));
    }

    /// <summary>An input of the type with a plausible value in each named field and nothing else.</summary>
    private static PlanChangeInput InputWith(PlanChangeType type, IEnumerable<string> fields)
    {
        var input = new PlanChangeInput { Type = type };
        foreach (var name in fields)
        {
            var property = typeof(PlanChangeInput).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
            property.SetValue(input, SampleOf(property.PropertyType));
        }

        return input;
    }

    private static object SampleOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(Guid) => Guid.NewGuid(),
            _ when underlying == typeof(string) => "样例",
            _ when underlying == typeof(int) => 1,
            _ when underlying.IsEnum => Enum.GetValues(underlying).GetValue(0)!,
            _ when underlying == typeof(List<Guid>) => new List<Guid> { Guid.NewGuid() },
            _ when underlying == typeof(List<FunctionClauseInput>) => new List<FunctionClauseInput> { new() { Text = "职能" } },
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No sample value for this field type."),
        };
    }
}
