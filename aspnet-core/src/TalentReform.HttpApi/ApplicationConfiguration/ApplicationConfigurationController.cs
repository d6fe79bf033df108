using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TalentReform.ApplicationConfiguration;

/// <summary>
/// Loaded by the UI once after sign-in and on a change of user or zone. Anonymous callers (the sign-in page, the
/// public policy calculator) get the cultures and the form rules, and no permission names.
/// </summary>
[ApiController]
[Route("api/app/application-configuration")]
public class ApplicationConfigurationController(IApplicationConfigurationAppService configuration) : ControllerBase
{
    [HttpGet]
    [AllowAnonymous]
    public Task<ApplicationConfigurationDto> GetAsync([FromQuery] string? culture, CancellationToken cancellationToken) =>
        configuration.GetAsync(culture, cancellationToken);
}
