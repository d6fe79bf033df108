using System.Reflection;

namespace TalentReform.ArchitectureTests;

/// <summary>The solution's assemblies, named by layer (DESIGN.md: dependency directions).</summary>
internal static class Layers
{
    public static readonly Assembly DomainShared = typeof(TalentReformErrorCodes).Assembly;
    public static readonly Assembly Domain = typeof(BusinessException).Assembly;
    public static readonly Assembly ApplicationContracts = typeof(Permissions.TalentReformPermissions).Assembly;
    public static readonly Assembly Application = typeof(Zones.ZoneAppService).Assembly;
    public static readonly Assembly EntityFrameworkCore = typeof(EntityFrameworkCore.TalentReformDbContext).Assembly;
    public static readonly Assembly HttpApi = typeof(Account.AccountController).Assembly;

    /// <summary>The layer assemblies the module rules check (the host composes them and is exempt).</summary>
    public static readonly Assembly[] All = [DomainShared, Domain, ApplicationContracts, Application, EntityFrameworkCore, HttpApi];

    public static string Name(Assembly assembly) => assembly.GetName().Name!;
}
