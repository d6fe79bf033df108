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
    [ResponseCache(Duration = 300, VaryByQueryKeys = ["culture"])]
    public LocalizationDto Get([FromQuery] string? culture)
    {
        var name = TalentReformResource.Normalize(culture ?? CultureInfo.CurrentUICulture.Name);
        return new LocalizationDto(name, LocalizationCultures.Supported, TalentReformResource.GetTexts(name));
    }
}
