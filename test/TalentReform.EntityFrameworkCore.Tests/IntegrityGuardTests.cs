using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Staffing;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>
/// The database's part of the integrity rules, interleaved by hand (two scopes = two requests) so each runs the
/// same way every time: a supplied stamp is checked even by a no-op save, a person has one active primary
/// appointment, and counters never hand out a number twice.
/// </summary>
public class IntegrityGuardTests : ConcurrentRequests
{
    [Fact]
    public async Task A_no_op_save_with_a_stamp_another_save_has_moved_on_is_a_conflict()
    {
        // Arrange: two requests read the same post; the first renames it.
        var (postIds, _) = await ArrangeAsync();
        await using var stale = Database.Services.CreateAsyncScope();
        await using var fresh = Database.Services.CreateAsyncScope();
        var stalePosts = stale.ServiceProvider.GetRequiredService<IRepository<Post>>();
        var stalePost = await stalePosts.GetAsync(postIds[0]);
        var freshPosts = fresh.ServiceProvider.GetRequiredService<IRepository<Post>>();
        var freshPost = await freshPosts.GetAsync(postIds[0]);
        freshPost.ConcurrencyStamp = freshPost.ConcurrencyStamp;
        freshPost.Rename("副科长", "Deputy");
        await freshPosts.SaveChangesAsync();

        // Act: the second sends back the stamp it read, changing nothing.
        stalePost.ConcurrencyStamp = stalePost.ConcurrencyStamp;
        var save = () => stalePosts.SaveChangesAsync();

        // Assert
        await Should.ThrowAsync<ConcurrencyConflictException>(save);
    }

    [Fact]
    public async Task The_database_keeps_one_active_primary_appointment_per_person()
    {
        // Arrange: one person, two vacant posts in two units (no quota row shared); both requests check before either saves.
        var (postIds, personId) = await ArrangeAsync();
        await using var first = Database.Services.CreateAsyncScope();
        await using var second = Database.Services.CreateAsyncScope();
        var save1 = await AppointAsync(first.ServiceProvider, personId, postIds[0]);
        var save2 = await AppointAsync(second.ServiceProvider, personId, postIds[1]);

        // Act
        await save1();
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(save2);

        // Assert: once the first primary appointment has ended, a new one is allowed again.
        conflict.ShouldNotBeNull();
        await using var end = Database.Services.CreateAsyncScope();
        var appointments = end.ServiceProvider.GetRequiredService<IRepository<Appointment>>();
        var active = appointments.GetQueryable().Single(a => a.PersonId == personId && a.EndedOn == null);
        AppointmentManager.End(active, await end.ServiceProvider.GetRequiredService<IRepository<Post>>().GetAsync(active.PostId), new DateOnly(2026, 6, 30), "调任");
        await appointments.SaveChangesAsync();
        await using var third = Database.Services.CreateAsyncScope();
        await (await AppointAsync(third.ServiceProvider, personId, postIds[1]))();
    }

    [Fact]
    public async Task A_counter_continues_above_the_numbers_in_use_and_never_repeats()
    {
        await using var scope = Database.Services.CreateAsyncScope();
        var sequences = scope.ServiceProvider.GetRequiredService<ISequenceNumbers>();

        var numbers = new[]
        {
            await sequences.NextAsync("Test:2026", 5), await sequences.NextAsync("Test:2026", 0), await sequences.NextAsync("Test:2026", 10),
            await sequences.NextAsync("Test:2027", 0),
        };

        numbers.ShouldBe([6, 7, 11, 1]);
    }

    private async Task<(Guid[] Posts, Guid Person)> ArrangeAsync()
    {
        await using var scope = Database.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var orgUnits = services.GetRequiredService<OrgUnitManager>();
        var unitRepository = services.GetRequiredService<IOrgUnitRepository>();
        await services.GetRequiredService<IRepository<ZoneStaffingQuota>>().InsertAsync(new ZoneStaffingQuota(Guid.NewGuid(), ZoneId, StaffingType.Administrative, 2));
        var posts = new List<Guid>();
        foreach (var name in new[] { "甲局", "乙局" })
        {
            var unit = await orgUnits.CreateAsync(ZoneId, null, OrgUnitKind.Department, name, name, new DateOnly(2026, 1, 1));
            await unitRepository.InsertAsync(unit);
            await unitRepository.SaveChangesAsync();
            await services.GetRequiredService<IRepository<StaffingQuota>>().InsertAsync(new StaffingQuota(Guid.NewGuid(), ZoneId, unit.Id, StaffingType.Administrative, 1));
            var post = new Post(Guid.NewGuid(), ZoneId, unit.Id, "P-" + name, "科员", "Officer", PostCategory.Management, 9, StaffingType.Administrative, LeadershipRole.None, 1m);
            await services.GetRequiredService<IRepository<Post>>().InsertAsync(post);
            posts.Add(post.Id);
        }

        var person = new Person(Guid.NewGuid(), ZoneId, "兼任者", Gender.Female, new DateOnly(1990, 1, 1), "210211199001010001");
        await services.GetRequiredService<IRepository<Person>>().InsertAsync(person);
        await unitRepository.SaveChangesAsync();
        return ([.. posts], person.Id);
    }
}
