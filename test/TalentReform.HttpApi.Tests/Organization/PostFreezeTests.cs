using System.Net;
using TalentReform.Auditing;
using TalentReform.Dtos;
using TalentReform.Staffing;

namespace TalentReform.Organization;

/// <summary>
/// Issue 11: freezing a post is an action of its own (POST /posts/{id}/freeze and /unfreeze with the stamp), not an
/// update that re-sends the whole post, so a field the caller's copy lacks is never overwritten.
/// </summary>
public class PostFreezeTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Freezing_and_unfreezing_change_the_status_only_and_are_audited()
    {
        // Arrange: a post whose every field differs from the defaults, so a lost field would show.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("冻结科"), null, "统计", "调查");
        var created = await hr.CreatePostAsync(unit.Id, StaffingType.PublicInstitution);

        // Act
        using var frozenResponse = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{created.Id}/freeze", new { concurrencyStamp = created.ConcurrencyStamp });
        var frozen = await frozenResponse.ShouldSucceedAsync<PostDto>();
        using var releasedResponse = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{created.Id}/unfreeze", new { concurrencyStamp = frozen.ConcurrencyStamp });
        var released = await releasedResponse.ShouldSucceedAsync<PostDto>();

        // Assert
        frozen.Status.ShouldBe(PostStatus.Frozen);
        frozen.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        (frozen with { Status = created.Status, ConcurrencyStamp = created.ConcurrencyStamp }).ShouldBeEquivalentTo(created);
        released.Status.ShouldBe(PostStatus.Vacant);
        (released with { ConcurrencyStamp = created.ConcurrencyStamp }).ShouldBeEquivalentTo(created);
        var log = (await hr.GetJsonAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType=Post&entityId={created.Id}&maxResultCount=100")).Items;
        var updates = log.Where(e => e.ChangeType == EntityChangeType.Updated).ToList();
        updates.Count.ShouldBe(2);
        updates.ShouldAllBe(e => e.UserName == TestData.Users.DalianHr && e.ZoneId == TestData.DalianZoneId);
        updates.SelectMany(e => e.Changes).Select(c => (c.PropertyName, c.OriginalValue, c.NewValue))
            .ShouldBe([("Status", "Vacant", "Frozen"), ("Status", "Frozen", "Vacant")], ignoreOrder: true);
    }

    [Fact]
    public async Task A_stale_stamp_is_409_a_filled_post_is_refused_and_nothing_changes()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Administrative, 1000);
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("冻结科"));
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Administrative, 2);
        var post = await hr.CreatePostAsync(unit.Id);
        var filled = await hr.CreatePostAsync(unit.Id);
        var person = await hr.CreatePersonAsync(TestData.UniqueName("人"));
        (await hr.AppointAsync(person.Id, filled.Id)).EnsureSuccessStatusCode();
        var filledNow = await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{filled.Id}");
        using var first = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/freeze", new { concurrencyStamp = post.ConcurrencyStamp });
        var frozen = await first.ShouldSucceedAsync<PostDto>();

        // Act
        using var stale = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/unfreeze", new { concurrencyStamp = post.ConcurrencyStamp });
        using var ofFilled = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{filled.Id}/freeze", new { concurrencyStamp = filledNow.ConcurrencyStamp });
        using var noStamp = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/unfreeze", new { });

        // Assert
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        await ofFilled.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PostIsFilled);
        noStamp.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{post.Id}")).ShouldBeEquivalentTo(frozen);
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{filled.Id}")).ShouldBeEquivalentTo(filledNow);
    }

    [Fact]
    public async Task Only_hr_of_the_posts_zone_may_freeze_it()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var post = await hr.CreatePostAsync((await hr.CreateUnitAsync(TestData.UniqueName("冻结科"))).Id);
        var body = new { concurrencyStamp = post.ConcurrencyStamp };
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        using var chengdeHr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var anonymous = factory.CreateAnonymousClient();

        // Act
        using var byLeader = await leader.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/freeze", body);
        using var byTalent = await talent.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/freeze", body);
        using var byOtherZone = await chengdeHr.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/freeze", body);
        using var byNobody = await anonymous.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/freeze", body);

        // Assert
        byLeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byTalent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byOtherZone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        byNobody.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{post.Id}")).ShouldBeEquivalentTo(post);
    }

    [Fact]
    public async Task Twenty_parallel_freezes_with_one_stamp_let_one_through()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var post = await hr.CreatePostAsync((await hr.CreateUnitAsync(TestData.UniqueName("冻结科"))).Id);

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await hr.PostJsonAsync($"{OrganizationApi.Posts}/{post.Id}/freeze", new { concurrencyStamp = post.ConcurrencyStamp });
            return response.StatusCode;
        }));

        // Assert
        responses.Count(s => s == HttpStatusCode.OK).ShouldBe(1);
        responses.Where(s => s != HttpStatusCode.OK).ShouldAllBe(s => s == HttpStatusCode.Conflict);
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{post.Id}")).Status.ShouldBe(PostStatus.Frozen);
    }
}
