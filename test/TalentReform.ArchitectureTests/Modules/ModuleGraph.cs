namespace TalentReform.ArchitectureTests.Modules;

/// <summary>What a top-level namespace is: a business module, the platform every module may use, or composition.</summary>
public enum AreaKind
{
    Module,
    Platform,
    Composition,
}

/// <summary>One top-level namespace (below <c>TalentReform</c>) across every layer assembly.</summary>
public sealed record Area(string Name, AreaKind Kind, string[] Uses, bool UsableByModules = false);

/// <summary>
/// The module graph, declared once (ADR 0009). Modules are namespaces that run through every layer assembly
/// (<c>TalentReform.Staffing</c> in Domain, Application, EF Core, HttpApi…). An arrow "A uses B" allows A's types to
/// depend on B's; what is allowed is the transitive closure (Planning uses Staffing, so it may use Organization).
/// Every module may use the platform; the platform uses no module.
/// <code>
/// platform (Zones, Identity, Users, Auditing, Notifications, Localization, …)  ← every module
/// Organization ← Staffing ← Planning
///                Staffing ← Talents
/// Recruitment → Staffing, Planning (the approval engine, the working-day calendar), Talents
/// </code>
/// </summary>
public static class ModuleGraph
{
    public const string Root = "TalentReform";

    public static readonly IReadOnlyList<Area> Areas =
    [
        new("Organization", AreaKind.Module, []),
        new("Staffing", AreaKind.Module, ["Organization"]),
        new("Planning", AreaKind.Module, ["Staffing"]),
        new("Talents", AreaKind.Module, ["Staffing"]),
        new("Recruitment", AreaKind.Module, ["Staffing", "Planning", "Talents"]),

        // The platform: tenancy, accounts and permissions, auditing, notifications, localization, the data and
        // entity kernel, personal-data masking, Excel exchange, and the cross-module dashboard of the signed-in user.
        Platform("Account"),
        Platform("Auditing"),
        Platform("Dashboard"),
        Platform("Data"),
        Platform("Dtos"),
        Platform("Entities"),
        Platform("Excel"),
        Platform("Identity"),
        Platform("Localization"),
        Platform("Notifications"),
        Platform("PersonalData"),
        Platform("Permissions"),
        Platform("Repositories"),
        Platform("Users"),
        Platform("Validation"),
        Platform("Zones"),

        // The kernel types in the root namespace (BusinessException, Check, the error codes) are platform too.
        Platform(""),

        // The one DbContext maps every module's tables; modules use it only for their own DbSets (rule: tables).
        new("EntityFrameworkCore", AreaKind.Composition, [], UsableByModules: true),

        // The demo seed fills every module in one story; nothing but the host and the migrator call it.
        new("Data.Seeding", AreaKind.Composition, []),

        // The application configuration serves every module's form rules to the client (as ABP's
        // application-configuration endpoint): it reads the modules, and no module reads it.
        new("ApplicationConfiguration", AreaKind.Composition, []),
    ];

    /// <summary>
    /// Composition types outside a composition namespace: each layer's list of its modules, kept in the root namespace
    /// for the hosts that use one layer's list (the migrator, the persistence tests, the benchmarks).
    /// </summary>
    public static readonly IReadOnlySet<string> CompositionTypes = new HashSet<string>
    {
        "TalentReform.TalentReformDomainServiceCollectionExtensions",
        "TalentReform.TalentReformApplicationServiceCollectionExtensions",
    };

    public static IEnumerable<Area> Modules => Areas.Where(a => a.Kind == AreaKind.Module);

    public static Area Get(string name) => Areas.Single(a => a.Name == name);

    /// <summary>The modules <paramref name="module"/> may use: its arrows, followed transitively, and itself.</summary>
    public static IReadOnlySet<string> Allowed(string module)
    {
        var allowed = new HashSet<string> { module };
        var pending = new Stack<string>(Get(module).Uses);
        while (pending.TryPop(out var next))
        {
            if (allowed.Add(next))
            {
                foreach (var used in Get(next).Uses)
                {
                    pending.Push(used);
                }
            }
        }

        return allowed;
    }

    /// <summary>
    /// The area a namespace belongs to, below <paramref name="root"/> (the longest declared prefix wins, so
    /// <c>Data.Seeding.Demo</c> is composition while <c>Data</c> is platform); null when it is declared nowhere.
    /// </summary>
    public static Area? AreaOf(string? ns, string root = Root)
    {
        if (ns is null || !(ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)))
        {
            return null;
        }

        var rest = ns.Length == root.Length ? "" : ns[(root.Length + 1)..];
        return Areas
            .Where(a => a.Name == "" ? rest == "" : rest == a.Name || rest.StartsWith(a.Name + ".", StringComparison.Ordinal))
            .MaxBy(a => a.Name.Length);
    }

    /// <summary>The namespace prefix of an area below a root ("TalentReform.Staffing").</summary>
    public static string Namespace(Area area, string root = Root) => area.Name == "" ? root : root + "." + area.Name;

    private static Area Platform(string name) => new(name, AreaKind.Platform, []);
}
