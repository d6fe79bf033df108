using System.Reflection;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace TalentReform.ArchitectureTests.Modules;

/// <summary>
/// The module rules of ADR 0009, each returning its violations as sentences naming the offending type. They take
/// the assemblies and the namespace root to check, so that the self-checks can run them over deliberately
/// violating types compiled into this test assembly (<c>TalentReform.ArchitectureTests.Violations.*</c>).
/// </summary>
public static class ModuleRules
{
    /// <summary>Namespaces in the assemblies that the graph does not declare (each must be placed, with a reason).</summary>
    public static IReadOnlyList<string> UndeclaredNamespaces(IEnumerable<Assembly> assemblies, string root = ModuleGraph.Root) =>
        Types.InAssemblies(assemblies).GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)) && ModuleGraph.AreaOf(ns, root) is null)
            .Distinct()
            .Order()
            .ToList()!;

    /// <summary>Rule 1: a module's types depend only on the modules it may use (the graph's transitive closure).</summary>
    public static IReadOnlyList<string> ModuleDependencies(IEnumerable<Assembly> assemblies, string root = ModuleGraph.Root)
    {
        var list = assemblies.ToList();
        return ModuleGraph.Modules
            .SelectMany(module => Forbidden(list, module, root, ModuleGraph.Areas.Where(a =>
                (a.Kind == AreaKind.Module && !ModuleGraph.Allowed(module.Name).Contains(a.Name))
                || (a.Kind == AreaKind.Composition && !a.UsableByModules))))
            .ToList();
    }

    /// <summary>Rule 2: the platform depends on no business module (nor on the demo seed that fills them).</summary>
    public static IReadOnlyList<string> PlatformDependencies(IEnumerable<Assembly> assemblies, string root = ModuleGraph.Root)
    {
        var list = assemblies.ToList();
        return ModuleGraph.Areas.Where(a => a.Kind == AreaKind.Platform)
            .SelectMany(platform => Forbidden(list, platform, root, ModuleGraph.Areas.Where(a =>
                a.Kind == AreaKind.Module || (a.Kind == AreaKind.Composition && !a.UsableByModules))))
            .ToList();
    }

    /// <summary>
    /// Rule 3: no module reads or writes another module's tables — no repository of another module's aggregate
    /// (<c>IRepository&lt;Post&gt;</c> outside Staffing, <c>IOrgUnitRepository</c> outside Organization) and no
    /// access to another module's DbSet on the DbContext (scanned in the method bodies, lambdas and async state
    /// machines included). Platform tables are open to every module, as the platform is.
    /// </summary>
    public static IReadOnlyList<string> ForeignTables(IEnumerable<Assembly> assemblies, string root = ModuleGraph.Root) =>
        Scan(assemblies, root, (caller, reference) => reference switch
        {
            TypeReference type => ForeignRepository(caller, type, root),
            MethodReference method => ForeignDbSet(caller, method, root),
            _ => null,
        });

    /// <summary>
    /// Rule 4: no module calls another module's internal members (<c>Post.SetDutyClauses</c> is for PostManager only):
    /// one assembly per layer makes <c>internal</c> visible to every module, so this rule gives it its module meaning.
    /// </summary>
    public static IReadOnlyList<string> ForeignInternals(IEnumerable<Assembly> assemblies, string root = ModuleGraph.Root) =>
        Scan(assemblies, root, (caller, reference) =>
        {
            IMemberDefinition? member = reference switch
            {
                MethodReference m => Resolve(() => m.Resolve()),
                FieldReference f => Resolve(() => f.Resolve()),
                _ => null,
            };
            if (member?.DeclaringType is not { } declaring || !IsInternal(member))
            {
                return null;
            }

            var owner = OwnerOf(declaring, root);
            return owner is { Kind: AreaKind.Module } && owner != caller ? $"calls {owner.Name}'s internal {declaring.Name}.{member.Name}" : null;
        });

    private static IEnumerable<string> Forbidden(List<Assembly> assemblies, Area area, string root, IEnumerable<Area> forbidden)
    {
        var types = Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(NamespacePattern(area, root));
        foreach (var other in forbidden)
        {
            var result = types.ShouldNot().HaveDependencyOn(ModuleGraph.Namespace(other)).GetResult();
            foreach (var type in (result.FailingTypeNames ?? []).Where(t => !ModuleGraph.CompositionTypes.Contains(t)))
            {
                yield return $"{type} ({Label(area)}) uses {Label(other)}";
            }
        }
    }

    private static string Label(Area area) => area.Name == "" ? "the root kernel" : area.Name;

    /// <summary>The namespaces of one area, without the longer areas nested in it (Data without Data.Seeding).</summary>
    private static string NamespacePattern(Area area, string root)
    {
        if (area.Name == "")
        {
            return "^" + Regex.Escape(root) + "$";
        }

        var nested = ModuleGraph.Areas.Where(a => a.Name.StartsWith(area.Name + ".", StringComparison.Ordinal))
            .Select(a => Regex.Escape(a.Name[(area.Name.Length + 1)..])).ToList();
        var exclude = nested.Count == 0 ? "" : $@"(?!\.({string.Join("|", nested)})(\.|$))";
        return "^" + Regex.Escape(ModuleGraph.Namespace(area, root)) + exclude + @"(\.|$)";
    }

    private static string? ForeignRepository(Area caller, TypeReference type, string root)
    {
        if (!type.Name.Contains("Repository", StringComparison.Ordinal) || !type.Namespace.StartsWith(ModuleGraph.Root, StringComparison.Ordinal))
        {
            return null;
        }

        // IRepository<Post> and EfRepository<Post> belong to the entity's module; IOrgUnitRepository to its own.
        var owned = type is GenericInstanceType generic ? generic.GenericArguments[0] : type;
        var owner = OwnerOf(owned, root);
        return owner is { Kind: AreaKind.Module } && owner != caller ? $"uses {owner.Name}'s repository {Display(type)}" : null;
    }

    private static string? ForeignDbSet(Area caller, MethodReference method, string root)
    {
        TypeReference? entity = method switch
        {
            { Name: var n, ReturnType: GenericInstanceType { Name: "DbSet`1" } set } when n.StartsWith("get_", StringComparison.Ordinal) => set.GenericArguments[0],
            GenericInstanceMethod { Name: "Set" } set when set.DeclaringType.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || set.DeclaringType.Name.EndsWith("DbContext", StringComparison.Ordinal) => set.GenericArguments[0],
            _ => null,
        };
        var owner = entity is null ? null : OwnerOf(entity, root);
        return owner is { Kind: AreaKind.Module } && owner != caller ? $"reads {owner.Name}'s table through the DbContext's {entity!.Name} set" : null;
    }

    /// <summary>
    /// Runs <paramref name="check"/> over every type reference, method and field a module or platform type uses
    /// (signatures and bodies; compiler-generated nested types count as their outer type).
    /// </summary>
    private static IReadOnlyList<string> Scan(IEnumerable<Assembly> assemblies, string root, Func<Area, MemberReference, string?> check)
    {
        var findings = new SortedSet<string>(StringComparer.Ordinal);
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        foreach (var assembly in assemblies)
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { AssemblyResolver = resolver });
            foreach (var type in module.GetTypes())
            {
                var outer = Outermost(type);
                if (ModuleGraph.AreaOf(outer.Namespace, root) is not { Kind: not AreaKind.Composition } caller
                    || ModuleGraph.CompositionTypes.Contains(outer.FullName))
                {
                    continue;
                }

                foreach (var reference in References(type))
                {
                    if (check(caller, reference) is { } finding)
                    {
                        findings.Add($"{outer.FullName} ({caller.Name}) {finding}");
                    }
                }
            }
        }

        return findings.ToList();
    }

    private static IEnumerable<MemberReference> References(TypeDefinition type)
    {
        IEnumerable<TypeReference> signatures = type.Fields.Select(f => f.FieldType)
            .Concat(type.Properties.Select(p => p.PropertyType))
            .Concat(type.Methods.SelectMany(m => m.Parameters.Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Variables.Select(v => v.VariableType)));
        foreach (var signature in signatures.SelectMany(Expand))
        {
            yield return signature;
        }

        foreach (var instruction in type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions))
        {
            switch (instruction.Operand)
            {
                case MethodReference method:
                    yield return method;
                    foreach (var t in Expand(method.DeclaringType).Concat(Expand(method.ReturnType)))
                    {
                        yield return t;
                    }

                    break;
                case FieldReference field:
                    yield return field;
                    break;
                case TypeReference t:
                    foreach (var expanded in Expand(t))
                    {
                        yield return expanded;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var argument in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return argument;
                }

                break;
            case TypeSpecification specification:
                foreach (var element in Expand(specification.ElementType))
                {
                    yield return element;
                }

                break;
        }
    }

    private static bool IsInternal(IMemberDefinition member)
    {
        var declaring = member.DeclaringType;
        var typeInternal = declaring.IsNested ? declaring.IsNestedAssembly || declaring.IsNestedFamilyAndAssembly : declaring.IsNotPublic;
        return typeInternal || member switch
        {
            MethodDefinition m => m.IsAssembly || m.IsFamilyAndAssembly,
            FieldDefinition f => f.IsAssembly || f.IsFamilyAndAssembly,
            _ => false,
        };
    }

    private static T? Resolve<T>(Func<T?> resolve)
        where T : class
    {
        try
        {
            return resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null; // a framework assembly outside the output folder: not ours, so no module of ours
        }
    }

    /// <summary>The area owning a type: below the scanned root (self-checks) or the real one.</summary>
    private static Area? OwnerOf(TypeReference type, string root)
    {
        var ns = Outermost(type).Namespace;
        return ModuleGraph.AreaOf(ns, root) ?? ModuleGraph.AreaOf(ns);
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }

    private static string Display(TypeReference type) => type is GenericInstanceType g
        ? $"{g.ElementType.Name.Split('`')[0]}<{string.Join(", ", g.GenericArguments.Select(Display))}>"
        : type.Name;
}
