using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using TalentReform.Account;
using TalentReform.Authentication;
using TalentReform.ExceptionHandling;
using TalentReform.Json;
using TalentReform.Localization;

namespace TalentReform.WebApi;

/// <summary>
/// The controllers and what shapes their input and output: JSON settings, localized validation (texts from the JSON
/// resources), normalized strings, the antiforgery check of cookie callers, invalid input as problem details.
/// </summary>
public static class WebApiServices
{
    public static WebApplicationBuilder AddTalentReformWebApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.AddControllers(o =>
            {
                o.Filters.Add<AntiforgeryCookieAuthFilter>();
                o.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider());
                o.ModelValidatorProviders.Add(new InputModelValidatorProvider());
                o.ModelBinderProviders.Insert(0, new NormalizedStringModelBinderProvider());
            })
            .AddApplicationPart(typeof(AccountController).Assembly)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(TalentReformResource)))
            .AddJsonOptions(o =>
            {
                JsonConfiguration.Configure(o.JsonSerializerOptions);
                // Keeps the serializer's exception in model state, so that ValidationProblemFactory can tell why a value was refused.
                o.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ValidationProblemFactory.Create);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => JsonConfiguration.ConfigureForOpenApi(o.SerializerOptions));
        return builder;
    }
}
