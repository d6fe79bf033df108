// Deliberately violating types for the module rules' self-checks (ModuleRuleSelfChecks): each namespace below
// TalentReform.ArchitectureTests.Violations stands for the module or platform area of the same name.
using Microsoft.EntityFrameworkCore;
using TalentReform.Data;
using TalentReform.Staffing;

#pragma warning disable CA1812, CA1822, IDE0051 // never instantiated: they exist to be scanned

namespace TalentReform.ArchitectureTests.Violations.Staffing
{
    /// <summary>Staffing using Planning: against the arrow Staffing ← Planning.</summary>
    public sealed class UsesPlanning
    {
        public TalentReform.Planning.StaffingPlan? Plan { get; set; }
    }

    /// <summary>A Staffing member meant for Staffing only.</summary>
    public sealed class Secret
    {
        internal static int Peek() => 42;
    }
}

namespace TalentReform.ArchitectureTests.Violations.Planning
{
    /// <summary>Planning reading Staffing's tables: a repository of its aggregate and its DbSet, in an async body.</summary>
    public sealed class ReadsStaffingTables(IRepository<Post> posts)
    {
        public IRepository<Post> Posts => posts;

        public async Task<int> CountAsync(EntityFrameworkCore.ViolationsDbContext db) =>
            await Task.FromResult(db.Posts.Count() + db.Set<Person>().Count());
    }

    /// <summary>Planning calling Staffing's internal member.</summary>
    public sealed class CallsInternal
    {
        public int Run() => Staffing.Secret.Peek();
    }

    /// <summary>Allowed: Planning may use Staffing's public types (the rules must not report this one).</summary>
    public sealed class UsesStaffingPublicly
    {
        public Post? Post { get; set; }
    }
}

namespace TalentReform.ArchitectureTests.Violations.Zones
{
    /// <summary>The platform using a business module.</summary>
    public sealed class UsesStaffing
    {
        public Post? Post { get; set; }
    }
}

namespace TalentReform.ArchitectureTests.Violations.EntityFrameworkCore
{
    /// <summary>A DbContext with a Staffing DbSet, as the rules' composition area (it maps every module).</summary>
    public sealed class ViolationsDbContext : DbContext
    {
        public DbSet<Post> Posts => Set<Post>();
    }
}

namespace TalentReform.ArchitectureTests.Violations.Unplaced
{
    /// <summary>A namespace the graph does not declare.</summary>
    public sealed class Nowhere;
}
