using Shouldly;
using Xunit;

namespace TalentReform.ArchitectureTests.Modules;

/// <summary>
/// etc/docs/architecture.md shows the module graph as it is (issue 11): its checked block is rendered from
/// <see cref="ModuleGraph"/>, so a module, arrow or platform area added in code without the picture fails here.
/// </summary>
public class ArchitectureDocumentTests
{
    private const string Begin = "<!-- module-graph:begin -->";
    private const string End = "<!-- module-graph:end -->";

    [Fact]
    public void The_architecture_document_shows_the_declared_module_graph()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "etc", "docs", "architecture.md"));

        CheckedBlock(document).ShouldBe(Render(ModuleGraph.Areas), "etc/docs/architecture.md's module-graph block must be this rendering of ModuleGraph.cs");
    }

    [Fact]
    public void The_rendering_changes_when_the_graph_changes()
    {
        // Self-check: an arrow more or an area less must give another block, or the test above could not fail.
        var withArrow = ModuleGraph.Areas.Select(a => a.Name == "Talents" ? a with { Uses = ["Staffing", "Planning"] } : a).ToList();
        var withoutArea = ModuleGraph.Areas.Where(a => a.Name != "Excel").ToList();

        Render(withArrow).ShouldNotBe(Render(ModuleGraph.Areas));
        Render(withoutArea).ShouldNotBe(Render(ModuleGraph.Areas));
    }

    internal static string Render(IReadOnlyList<Area> areas)
    {
        var lines = areas.Where(a => a.Kind == AreaKind.Module)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => Line("module", a.Uses.Length == 0 ? a.Name : $"{a.Name} -> {string.Join(", ", a.Uses.Order(StringComparer.Ordinal))}"))
            .ToList();
        lines.Add(Line("platform", string.Join(' ', areas.Where(a => a.Kind == AreaKind.Platform)
            .Select(a => a.Name == "" ? "(root kernel)" : a.Name)
            .OrderBy(n => n.StartsWith('(') ? "" : n, StringComparer.Ordinal))));
        lines.Add(Line("composition", string.Join(' ', areas.Where(a => a.Kind == AreaKind.Composition).Select(a => a.Name).Order(StringComparer.Ordinal))));
        return string.Join('\n', lines);
    }

    private static string Line(string kind, string text) => $"{kind,-12} {text}".TrimEnd();

    private static string CheckedBlock(string document)
    {
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"etc/docs/architecture.md needs a {Begin} … {End} block");
        var block = document[(start + Begin.Length)..end].Replace("\r\n", "\n").Trim();
        return block.Trim('`').Trim();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentReform.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TalentReform.slnx not found above " + AppContext.BaseDirectory);
    }
}
