using TalentReform.Fakes;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// The ledger's payment rules without a database: only a scheduled, due installment is paid, and only after 发放前复核;
/// a failed re-check suspends instead of paying, blocks a resume, and suspends a payment batch's lines.
/// </summary>
public class InstallmentManagerTests
{
    // The 安家补贴 of EntitlementTests: five yearly installments from 2024, the first ones due by now, the last (2028) not.
    private static readonly DateTimeOffset Now = EntitlementTests.Now;
    private static readonly DateOnly Start = EntitlementTests.Start;
    private static readonly BenefitRuleDefinition Settling = EntitlementTests.Settling;

    private readonly InMemoryRepository<TalentProfile> _profiles = new();
    private readonly InMemoryRepository<TalentPolicy> _policies = new();
    private readonly InstallmentManager _manager;
    private readonly TalentPolicy _policy;

    public InstallmentManagerTests()
    {
        _manager = new InstallmentManager(new EntitlementRecheck(_profiles, _policies), TimeProvider.System);
        _policy = new TalentPolicy(Guid.NewGuid(), Guid.NewGuid(), "TP", 1, "政策", "Policy", "文号", new DateOnly(2024, 1, 1), null, [Settling]);
        _policy.Publish(null, Now);
        _policies.InsertAsync(_policy).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_due_installment_is_paid_after_its_recheck_and_one_not_yet_due_is_refused()
    {
        var (entitlement, _) = await ConfirmedAsync(active: true);
        var first = entitlement.Installments[0];
        var last = entitlement.Installments[^1];

        await _manager.PayAsync(entitlement, first.Id, " FK-1 ", new DateOnly(2024, 3, 5));
        var notDue = await Should.ThrowAsync<BusinessException>(() => _manager.PayAsync(entitlement, last.Id, "FK-5", null));

        (first.Status, first.VoucherNo, first.PaidOn).ShouldBe((InstallmentStatus.Paid, "FK-1", new DateOnly(2024, 3, 5)));
        notDue.Code.ShouldBe(TalentReformErrorCodes.InstallmentNotDue);
        (await Should.ThrowAsync<BusinessException>(() => _manager.PayAsync(entitlement, first.Id, "FK-1", null))).Code
            .ShouldBe(TalentReformErrorCodes.InstallmentNotScheduled);
    }

    [Fact]
    public async Task A_failed_recheck_suspends_instead_of_paying_and_blocks_the_resume()
    {
        var (entitlement, profile) = await ConfirmedAsync(active: true);
        var first = entitlement.Installments[0];
        profile.SetActive(false);

        await _manager.PayAsync(entitlement, first.Id, "FK-1", null);
        var resume = await Should.ThrowAsync<BusinessException>(() => _manager.ResumeAsync(entitlement, first.Id));

        first.Status.ShouldBe(InstallmentStatus.Suspended);
        first.SuspendReason.ShouldNotBeNullOrWhiteSpace();
        resume.Code.ShouldBe(TalentReformErrorCodes.InstallmentRecheckFailed);
        profile.SetActive(true);
        await _manager.ResumeAsync(entitlement, first.Id);
        first.Status.ShouldBe(InstallmentStatus.Scheduled);
    }

    [Fact]
    public async Task A_batch_suspends_the_lines_of_a_failing_entitlement_and_sums_those_that_pass()
    {
        var (passing, passingProfile) = await ConfirmedAsync(active: true);
        var (failing, failingProfile) = await ConfirmedAsync(active: false);
        var lines = new[] { passing, failing }.SelectMany(e => e.Installments.Take(2).Select(i => (i.Id, e.Id))).ToList();

        var result = _manager.RecheckBatch(
            lines,
            new[] { passing, failing }.ToDictionary(e => e.Id),
            new[] { passingProfile, failingProfile }.ToDictionary(p => p.Id),
            new Dictionary<Guid, TalentPolicy> { [_policy.Id] = _policy });

        result.Suspended.ShouldBe(failing.Installments.Take(2).Select(i => i.Id), ignoreOrder: true);
        result.PassedAmount.ShouldBe(400_000);
        failing.Installments.Take(2).ShouldAllBe(i => i.Status == InstallmentStatus.Suspended);
        passing.Installments.ShouldAllBe(i => i.Status == InstallmentStatus.Scheduled);
    }

    private async Task<(Entitlement Entitlement, TalentProfile Profile)> ConfirmedAsync(bool active)
    {
        var profile = new TalentProfile(Guid.NewGuid(), _policy.ZoneId!.Value, "张三", Now);
        profile.Certify(TalentTierLevel.C);
        profile.SetActive(active);
        await _profiles.InsertAsync(profile);
        var decision = BenefitEvaluator.Evaluate([Settling], profile.Facts, Start).Single();
        var entitlement = new Entitlement(Guid.NewGuid(), profile.ZoneId!.Value, profile.Id, _policy, decision.Verdict, profile.Facts, Start, Now);
        entitlement.Confirm(Now);
        return (entitlement, profile);
    }
}
