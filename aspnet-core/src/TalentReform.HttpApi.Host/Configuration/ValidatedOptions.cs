using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace TalentReform.Configuration;

/// <summary>
/// Typed settings: each options class is bound to its section once, validated by its DataAnnotations (nested
/// settings objects included) and checked when the host starts, so a bad value stops start-up with a message
/// that names the key (<c>Jobs:OverdueCron</c>), not a member of a class.
/// </summary>
public static class ValidatedOptions
{
    /// <summary>
    /// Registers <typeparamref name="T"/> for <c>IOptions&lt;T&gt;</c> (validated on start) and returns the bound, validated
    /// value for registrations that need it before the host is built (the provider, the job schedules).
    /// </summary>
    public static T AddValidatedOptions<T>(this WebApplicationBuilder builder, string section)
        where T : class, new()
    {
        var configuration = builder.Configuration.GetSection(section);
        var validator = new SectionValidator<T>(section);
        builder.Services.AddSingleton<IValidateOptions<T>>(validator);
        builder.Services.AddOptions<T>().Bind(configuration).ValidateOnStart();

        var value = configuration.Get<T>() ?? new T();
        var result = validator.Validate(Options.DefaultName, value);
        if (result.Failed)
        {
            throw new OptionsValidationException(section, typeof(T), result.Failures);
        }

        return value;
    }
}

/// <summary>DataAnnotations over an options object and its nested settings objects, each fault under its full key.</summary>
internal sealed class SectionValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Collect(section, options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(string path, object options, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        failures.AddRange(results.Select(r => $"{path}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        foreach (var property in options.GetType().GetProperties()
                     .Where(p => p.PropertyType.IsClass && p.PropertyType.Namespace == typeof(SectionValidator<>).Namespace))
        {
            if (property.GetValue(options) is { } nested)
            {
                Collect($"{path}:{property.Name}", nested, failures);
            }
        }
    }
}

/// <summary>A Quartz cron expression (seconds first, <c>?</c> for day-of-month or day-of-week).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class QuartzCronAttribute() : ValidationAttribute("is not a Quartz cron expression (e.g. \"0 0/15 * * * ?\")")
{
    public override bool IsValid(object? value)
    {
        if (value is not string cron)
        {
            return false;
        }

        try
        {
            _ = new Quartz.CronExpression(cron);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
