using Microsoft.AspNetCore.Authorization;

namespace TalentReform.Authorization;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
