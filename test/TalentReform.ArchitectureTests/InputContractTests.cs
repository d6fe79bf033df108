using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Shouldly;
using TalentReform.Json;
using TalentReform.Validation;
using Xunit;

namespace TalentReform.ArchitectureTests;

/// <summary>
/// Every input the API binds (the parameters of the controllers' actions and everything reachable through
/// their properties) follows the one validation mechanism: each date says its kind and so its plausible
/// range, each text is read through the normalising converter, and each [Range] can hold any value of its
/// property's type (an int range on a decimal throws on 2147483648 instead of refusing it).
/// </summary>
public class InputContractTests
{
    private static readonly Type[] DateTypes = [typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset)];

    private static readonly JsonSerializerOptions HostJson = CreateHostJson();

    [Fact]
    public void The_inputs_are_found()
    {
        InputTypes.Count.ShouldBeGreaterThan(50);
        InputTypes.ShouldContain(typeof(Planning.PlanChangeInput));
        InputTypes.ShouldContain(typeof(Planning.ApprovalRouteStepInput), "nested inputs are followed");
    }

    [Fact]
    public void Every_date_of_an_input_has_a_date_kind()
    {
        var offenders = InputProperties()
            .Where(p => DateTypes.Contains(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(p => !p.IsDefined(typeof(DateKindAttribute), inherit: true))
            .Select(Name)
            .Concat(ActionParameters()
                .Where(p => DateTypes.Contains(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) && !p.IsDefined(typeof(DateKindAttribute)))
                .Select(p => $"{p.Member.DeclaringType!.Name}.{p.Member.Name}({p.Name})"))
            .ToList();

        offenders.ShouldBeEmpty("add [BirthDate], [PastDate] or [BusinessDate]");
    }

    [Fact]
    public void Every_text_of_an_input_is_normalised_and_refuses_control_characters()
    {
        var offenders = new List<string>();
        foreach (var type in InputTypes.Where(t => !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            foreach (var property in HostJson.GetTypeInfo(type).Properties)
            {
                var member = (PropertyInfo)property.AttributeProvider!;
                var isList = property.PropertyType != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType);
                if (property.PropertyType != typeof(string) && !isList)
                {
                    continue;
                }

                string Json(string value) => $"{{\"{property.Name}\":{(isList ? $"[\"{value}\"]" : $"\"{value}\"")}}}";
                if (!Refuses(type, Json("a\\u0000b")))
                {
                    offenders.Add($"{type.Name}.{member.Name} accepts NUL");
                }

                var read = JsonSerializer.Deserialize(Json(" Cafe\\u0301\\u200B "), type, HostJson);
                var raw = member.GetValue(read);
                var value = isList ? ((IEnumerable<string>)raw!).Single() : (string?)raw;
                var expected = member.IsDefined(typeof(RawTextAttribute)) ? " Cafe\u0301\u200B " : "Caf\u00E9";
                if (value != expected)
                {
                    offenders.Add($"{type.Name}.{member.Name} reads '{value}'");
                }
            }
        }

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Every_range_can_hold_any_value_of_its_property()
    {
        var offenders = new List<string>();
        foreach (var property in InputProperties())
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            foreach (var range in property.GetCustomAttributes<RangeAttribute>(inherit: true))
            {
                foreach (var extreme in Extremes(type))
                {
                    try
                    {
                        range.IsValid(extreme);
                    }
                    catch (Exception e) when (e is OverflowException or InvalidCastException or FormatException)
                    {
                        offenders.Add($"{Name(property)}: {extreme} throws {e.GetType().Name}");
                    }
                }
            }
        }

        offenders.ShouldBeEmpty("use [Range(typeof(decimal), ...)] or double limits for non-int numbers");
    }

    private static bool Refuses(Type type, string json)
    {
        try
        {
            JsonSerializer.Deserialize(json, type, HostJson);
            return false;
        }
        catch (JsonInputException)
        {
            return true;
        }
    }

    private static IEnumerable<object> Extremes(Type type) => type switch
    {
        _ when type == typeof(decimal) => [decimal.MaxValue, decimal.MinValue],
        _ when type == typeof(double) => [double.MaxValue, double.MinValue],
        _ when type == typeof(float) => [float.MaxValue, float.MinValue],
        _ when type == typeof(long) => [long.MaxValue, long.MinValue],
        _ when type == typeof(int) => [int.MaxValue, int.MinValue],
        _ => [],
    };

    private static JsonSerializerOptions CreateHostJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        JsonConfiguration.Configure(options);
        return options;
    }

    private static string Name(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name}";

    private static IEnumerable<PropertyInfo> InputProperties() =>
        InputTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Where(p => p.CanWrite);

    private static IEnumerable<ParameterInfo> ActionParameters() =>
        Layers.HttpApi.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters());

    /// <summary>The product's classes bound from requests, found from the actions' parameters through properties, lists and base classes.</summary>
    private static readonly IReadOnlyList<Type> InputTypes = FindInputTypes();

    private static List<Type> FindInputTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(ActionParameters().Select(p => p.ParameterType));
        while (pending.TryDequeue(out var type))
        {
            foreach (var candidate in Unwrap(type))
            {
                if (candidate.Namespace?.StartsWith("TalentReform", StringComparison.Ordinal) != true || candidate.IsEnum || !found.Add(candidate))
                {
                    continue;
                }

                foreach (var property in candidate.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Enqueue(property.PropertyType);
                }

                if (candidate.BaseType is { } baseType)
                {
                    pending.Enqueue(baseType);
                }
            }
        }

        return found.Where(t => t.IsClass).ToList();
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsArray)
        {
            return Unwrap(type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            return type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition());
        }

        return [type];
    }
}
