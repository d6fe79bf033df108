using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TalentReform.Localization;
using TalentReform.Validation;

namespace TalentReform.ExceptionHandling;

/// <summary>
/// Strings bound from the query, the route or a form get the same <see cref="InputText"/> rule as JSON
/// strings (see Json/NormalizedStringConverter): a NUL in a filter is refused, not sent to the database.
/// </summary>
public sealed class NormalizedStringModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var value = result.FirstValue;
        if (value is not null && !InputText.TryNormalize(value, out value, out var errorKey))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, TalentReformResource.Get(errorKey!, CultureInfo.CurrentUICulture));
            return Task.CompletedTask;
        }

        // As MVC's own binder: an empty text is no value.
        bindingContext.Result = ModelBindingResult.Success(
            string.IsNullOrEmpty(value) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : value);
        return Task.CompletedTask;
    }
}

public sealed class NormalizedStringModelBinderProvider : IModelBinderProvider
{
    private static readonly BindingSource?[] Sources = [null, BindingSource.Query, BindingSource.Path, BindingSource.Form, BindingSource.ModelBinding];

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && Sources.Contains(context.BindingInfo.BindingSource)
            ? new NormalizedStringModelBinder()
            : null;
}
