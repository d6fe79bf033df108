namespace TalentReform.Organization;

/// <summary><see cref="ILeadershipQuotaAppService"/>: one quota per unit, in the caller's zone only.</summary>
public class LeadershipQuotaTests : ApplicationTestBase
{
    private Task<T> Quotas<T>(Func<ILeadershipQuotaAppService, Task<T>> action) => Database.WithAsync(action);

    private static CreateLeadershipQuotaDto For(Guid unitId, int heads = 1, int deputies = 2) =>
        new() { OrgUnitId = unitId, Heads = heads, Deputies = deputies };

    [Fact]
    public async Task A_second_quota_for_the_same_unit_is_a_conflict_and_the_first_stays()
    {
        var first = await Quotas(s => s.CreateAsync(For(SmallTestData.Alpha.Science.Id)));

        var refusal = await Should.ThrowAsync<BusinessException>(() => Quotas(s => s.CreateAsync(For(SmallTestData.Alpha.Science.Id, 3, 3))));

        refusal.Code.ShouldBe(TalentReformErrorCodes.LeadershipQuotaAlreadyExists);
        refusal.Status.ShouldBe(409);
        var list = await Quotas(s => s.GetListAsync(new GetLeadershipQuotasInput { OrgUnitId = SmallTestData.Alpha.Science.Id }));
        list.Items.ShouldHaveSingleItem().ShouldBe(first);
    }

    [Fact]
    public async Task Quotas_of_one_zone_are_invisible_and_unreachable_from_another()
    {
        var alphas = await Quotas(s => s.CreateAsync(For(SmallTestData.Alpha.Economy.Id)));
        CurrentUser.ZoneId = SmallTestData.Beta.ZoneId;

        var betaList = await Quotas(s => s.GetListAsync(new GetLeadershipQuotasInput()));
        await Should.ThrowAsync<EntityNotFoundException>(() => Quotas(s => s.GetAsync(alphas.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Quotas(s => s.CreateAsync(For(SmallTestData.Alpha.Economy.Id))));

        betaList.TotalCount.ShouldBe(0);
        CurrentUser.ZoneId = SmallTestData.Alpha.ZoneId;
        (await Quotas(s => s.GetListAsync(new GetLeadershipQuotasInput()))).Items.ShouldHaveSingleItem().ShouldBe(alphas);
    }

    [Fact]
    public async Task An_update_with_a_stale_stamp_is_a_conflict_and_keeps_the_first_update()
    {
        var created = await Quotas(s => s.CreateAsync(For(SmallTestData.Alpha.Science.Id)));
        var updated = await Quotas(s => s.UpdateAsync(created.Id, new UpdateLeadershipQuotaDto { Heads = 1, Deputies = 3, ConcurrencyStamp = created.ConcurrencyStamp }));

        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Quotas(s => s.UpdateAsync(created.Id, new UpdateLeadershipQuotaDto { Heads = 2, Deputies = 0, ConcurrencyStamp = created.ConcurrencyStamp })));

        var stored = await Quotas(s => s.GetAsync(created.Id));
        stored.ShouldBe(updated);
        (stored.Heads, stored.Deputies).ShouldBe((1, 3));
    }
}
