using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TalentReform.Localization;

/// <summary>The texts of the UI: the same JSON resource the server's messages come from.</summary>
[ApiController]
[Route("api/app/localization")]
public class LocalizationController : ControllerBase
{
    [HttpGet]
    [AllowAnonymous]
    // Browser caches key on the whole URL, culture included; without a culture, Accept-Language decides.
    // (VaryByQueryKeys is for the server-side response caching middleware, which the host does not use.)
    [ResponseCache(Duration = 300, VaryByHeader = "Accept-Language")]
    public LocalizationDto Get([FromQuery] string? culture)
    {
        var name = TalentReformResource.Normalize(culture ?? CultureInfo.CurrentUICulture.Name);
        return new LocalizationDto(name, LocalizationCultures.Supported, TalentReformResource.GetTexts(name));
    }
}
