using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Staffing;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>
/// A migrated database with a zone of its own, for tests that interleave two requests (two service scopes) by hand:
/// both read and decide before either saves, so a race runs the same way every time.
/// </summary>
public abstract class ConcurrentRequests : IAsyncLifetime
{
    protected static readonly Guid ZoneId = Guid.NewGuid();

    protected SqliteDatabaseFixture Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await SqliteDatabaseFixture.CreateAsync();
        Database.CurrentUser.ZoneId = ZoneId;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>Creates a primary appointment in <paramref name="services"/>' request and returns its save, to run later.</summary>
    protected static async Task<Func<Task>> AppointAsync(IServiceProvider services, Guid personId, Guid postId)
    {
        var appointments = services.GetRequiredService<IRepository<Appointment>>();
        var person = await services.GetRequiredService<IRepository<Person>>().GetAsync(personId);
        var post = await services.GetRequiredService<IRepository<Post>>().GetAsync(postId);
        var appointment = await services.GetRequiredService<AppointmentManager>()
            .CreateAsync(ZoneId, person, post, AppointmentKind.Competitive, true, new DateOnly(2026, 3, 1), null);
        await appointments.InsertAsync(appointment);
        return () => appointments.SaveChangesAsync();
    }
}
