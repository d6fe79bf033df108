using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Staffing;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>Two appointments racing for the last slot of a unit and type: both see it free, only one may commit.</summary>
public class QuotaRaceTests : ConcurrentRequests
{
    [Fact]
    public async Task The_second_of_two_concurrent_appointments_into_the_last_slot_is_a_conflict()
    {
        // Arrange: one administrative slot, two posts, two people.
        var (postIds, personIds) = await ArrangeAsync();
        await using var first = Database.Services.CreateAsyncScope();
        await using var second = Database.Services.CreateAsyncScope();

        // Act: both check the slot before either saves.
        var save1 = await AppointAsync(first.ServiceProvider, personIds[0], postIds[0]);
        var save2 = await AppointAsync(second.ServiceProvider, personIds[1], postIds[1]);
        await save1();

        // Assert
        await Should.ThrowAsync<ConcurrencyConflictException>(save2);
        await using var check = Database.Services.CreateAsyncScope();
        var appointments = check.ServiceProvider.GetRequiredService<IRepository<Appointment>>().GetQueryable().Count();
        appointments.ShouldBe(1);
    }

    private async Task<(Guid[] Posts, Guid[] Persons)> ArrangeAsync()
    {
        await using var scope = Database.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var orgUnits = services.GetRequiredService<OrgUnitManager>();
        var unit = await orgUnits.CreateAsync(ZoneId, null, OrgUnitKind.Department, "竞争局", "Race bureau", new DateOnly(2026, 1, 1));
        await services.GetRequiredService<IOrgUnitRepository>().InsertAsync(unit);
        await services.GetRequiredService<IRepository<ZoneStaffingQuota>>().InsertAsync(new ZoneStaffingQuota(Guid.NewGuid(), ZoneId, StaffingType.Administrative, 1));
        await services.GetRequiredService<IRepository<StaffingQuota>>().InsertAsync(new StaffingQuota(Guid.NewGuid(), ZoneId, unit.Id, StaffingType.Administrative, 1));
        var posts = Enumerable.Range(1, 2)
            .Select(i => new Post(Guid.NewGuid(), ZoneId, unit.Id, $"RACE-{i}", "科员", "Officer", PostCategory.Management, 9, StaffingType.Administrative, LeadershipRole.None, 1m))
            .ToArray();
        var persons = Enumerable.Range(1, 2)
            .Select(i => new Person(Guid.NewGuid(), ZoneId, $"竞争者{i}", Gender.Female, new DateOnly(1990, 1, i), $"21021119900101000{i}"))
            .ToArray();
        foreach (var post in posts)
        {
            await services.GetRequiredService<IRepository<Post>>().InsertAsync(post);
        }

        foreach (var person in persons)
        {
            await services.GetRequiredService<IRepository<Person>>().InsertAsync(person);
        }

        await services.GetRequiredService<IOrgUnitRepository>().SaveChangesAsync();
        return (posts.Select(p => p.Id).ToArray(), persons.Select(p => p.Id).ToArray());
    }
}
