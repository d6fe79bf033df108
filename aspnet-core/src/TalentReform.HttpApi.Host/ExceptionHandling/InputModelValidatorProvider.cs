using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using TalentReform.Localization;

namespace TalentReform.ExceptionHandling;

/// <summary>
/// Checks MVC's model validation adds to every bound input, whatever its source (body, query, route) and
/// however deep: an enum value must be one the enum defines, and a list must not contain null elements
/// (refused under the element's path, e.g. <c>steps[1]</c>, instead of reaching the app service).
/// </summary>
public sealed class InputModelValidatorProvider : IMetadataBasedModelValidatorProvider
{
    public void CreateValidators(ModelValidatorProviderContext context)
    {
        var metadata = context.ModelMetadata;
        if (IsEnum(metadata.UnderlyingOrModelType))
        {
            context.Results.Add(new ValidatorItem { Validator = new DefinedEnumValidator(), IsReusable = true });
        }

        if (metadata.IsEnumerableType && MayHoldNulls(metadata.ModelType))
        {
            context.Results.Add(new ValidatorItem { Validator = new NoNullElementsValidator(), IsReusable = true });
        }
    }

    /// <summary>Lets MVC skip models that need none of these checks (and that have no other validators).</summary>
    public bool HasValidators(Type modelType, IList<object> validatorMetadata) =>
        IsEnum(Nullable.GetUnderlyingType(modelType) ?? modelType) || MayHoldNulls(modelType);

    private static bool IsEnum(Type type) => type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), inherit: false);

    /// <summary>A collection (not a string or dictionary) whose elements can be null.</summary>
    private static bool MayHoldNulls(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return false;
        }

        var element = type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is not null && (!element.IsValueType || Nullable.GetUnderlyingType(element) is not null);
    }

    private sealed class DefinedEnumValidator : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            if (context.Model is not Enum value || Enum.IsDefined(value.GetType(), value))
            {
                return [];
            }

            var message = TalentReformResource.Get("Validation:UndefinedEnum", CultureInfo.CurrentUICulture,
                context.ModelMetadata.GetDisplayName(), string.Join(", ", Enum.GetNames(value.GetType())));
            return [new ModelValidationResult(string.Empty, message)];
        }
    }

    private sealed class NoNullElementsValidator : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            if (context.Model is not IEnumerable items)
            {
                yield break;
            }

            var index = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    yield return new ModelValidationResult($"[{index}]",
                        TalentReformResource.Get("Validation:NullElement", CultureInfo.CurrentUICulture));
                }

                index++;
            }
        }
    }
}
