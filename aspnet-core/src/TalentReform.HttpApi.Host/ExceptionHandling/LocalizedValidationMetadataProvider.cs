using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace TalentReform.ExceptionHandling;

/// <summary>
/// Gives every data-annotation attribute without its own message a localization key (ABP's approach),
/// which MVC then formats through the JSON localizer with the attribute's arguments.
/// </summary>
public sealed class LocalizedValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            // Some attributes (EmailAddress, Url, Phone ...) carry the framework's English text as their ErrorMessage
            // from construction, so a message counts as our own only when it is one of our keys ("Validation:...").
            if (attribute.ErrorMessageResourceName is not null || attribute.ErrorMessage?.Contains(':', StringComparison.Ordinal) == true)
            {
                continue;
            }

            var key = attribute switch
            {
                RequiredAttribute => "Validation:Required",
                StringLengthAttribute { MinimumLength: > 0 } => "Validation:StringLengthRange",
                StringLengthAttribute or MaxLengthAttribute => "Validation:StringLength",
                MinLengthAttribute => "Validation:MinLength",
                RangeAttribute => "Validation:Range",
                RegularExpressionAttribute => "Validation:Pattern",
                EmailAddressAttribute => "Validation:Email",
                _ => null,
            };
            if (key is not null)
            {
                attribute.ErrorMessage = key;
            }
        }
    }
}
