using System.Security.Claims;
using TalentReform.Users;

namespace TalentReform.Authentication;

public sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Find(TalentReformClaimTypes.UserId), out var id) ? id : null;

    public string? UserName => Find(TalentReformClaimTypes.UserName);

    public Guid? ZoneId => Guid.TryParse(Find(TalentReformClaimTypes.ZoneId), out var id) ? id : null;

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(TalentReformClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    private string? Find(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;
}
