using System.Net;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Planning;

namespace TalentReform.Talents;

/// <summary>
/// The installment ledger over HTTP: the due list, 发放前复核 suspending what is no longer due, payment with a
/// voucher, the payment batch and the 资金公示 export, clawback, and zone and talent isolation.
/// </summary>
public class InstallmentLedgerTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private static DateOnly Today => PlanningApi.TodayInChina;

    [Fact]
    public async Task Due_installments_are_rechecked_then_paid_with_a_voucher_or_suspended_with_the_reason()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var due = await hr.GetJsonAsync<PagedResultDto<InstallmentLineDto>>($"/api/app/installments?status=Scheduled&dueBy={Today:yyyy-MM-dd}&maxResultCount=1000");
        due.TotalCount.ShouldBeGreaterThan(3);
        due.Items.ShouldAllBe(l => l.Status == InstallmentStatus.Scheduled && l.DueOn <= Today && l.ProfileName.Length > 0);

        // The talent's 科研启动经费 (confirmed by the demo): first of two installments, due today.
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        var mine = await talent.GetJsonAsync<TalentProfileDto>("/api/app/my/profile");
        var research = due.Items.Single(l => l.ProfileId == mine.Id && l.RuleCode == "research");
        (research.Number, research.Count, research.Amount).ShouldBe((1, 2, 250_000m));
        using (var pay = await hr.PostJsonAsync($"/api/app/installments/{research.Id}/pay", new { voucherNo = "DL-FK-0001", concurrencyStamp = research.ConcurrencyStamp }))
        {
            var paid = await pay.ShouldSucceedAsync<InstallmentLineDto>();
            (paid.Status, paid.VoucherNo, paid.PaidOn).ShouldBe((InstallmentStatus.Paid, "DL-FK-0001", Today));
        }

        var second = (await hr.GetJsonAsync<PagedResultDto<InstallmentLineDto>>($"/api/app/installments?profileId={mine.Id}&maxResultCount=100")).Items
            .Single(l => l.RuleCode == "research" && l.Number == 2);
        using (var early = await hr.PostJsonAsync($"/api/app/installments/{second.Id}/pay", new { voucherNo = "DL-FK-0002", concurrencyStamp = second.ConcurrencyStamp }))
        {
            await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.InstallmentNotDue);
        }

        // Another talent's employer is no longer registered in the zone: paying re-checks and suspends instead.
        var moved = due.Items.First(l => l.ProfileId != mine.Id);
        await SetProfileAsync(hr, moved.ProfileId, p => new { employerInZone = false, isActive = p.IsActive });
        using (var pay = await hr.PostJsonAsync($"/api/app/installments/{moved.Id}/pay", new { voucherNo = "DL-FK-0003", concurrencyStamp = moved.ConcurrencyStamp }))
        {
            var suspended = await pay.ShouldSucceedAsync<InstallmentLineDto>();
            suspended.Status.ShouldBe(InstallmentStatus.Suspended);
            suspended.VoucherNo.ShouldBeNull();
            suspended.SuspendReason.ShouldBe("用人单位在区内注册需为是");
        }

        var line = await LineAsync(hr, moved.Id);
        using (var resume = await hr.PostJsonAsync($"/api/app/installments/{moved.Id}/resume", new { concurrencyStamp = line.ConcurrencyStamp }))
        {
            await resume.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.InstallmentRecheckFailed);
        }

        (await LineAsync(hr, moved.Id)).Status.ShouldBe(InstallmentStatus.Suspended);
        await SetProfileAsync(hr, moved.ProfileId, p => new { employerInZone = true, isActive = p.IsActive });
        using (var resume = await hr.PostJsonAsync($"/api/app/installments/{moved.Id}/resume", new { concurrencyStamp = line.ConcurrencyStamp }))
        {
            (await resume.ShouldSucceedAsync<InstallmentLineDto>()).Status.ShouldBe(InstallmentStatus.Scheduled);
        }

        // A batch: one talent has left (profile inactive); the re-check suspends their installments and passes the rest.
        var left = due.Items.Last(l => l.ProfileId != mine.Id && l.ProfileId != moved.ProfileId);
        await SetProfileAsync(hr, left.ProfileId, _ => new { employerInZone = true, isActive = false });
        using var check = await hr.PostJsonAsync("/api/app/installments/payment-batch/check", new { dueBy = Today });
        var batch = await check.ShouldSucceedAsync<PaymentBatchCheckDto>();
        batch.Checked.ShouldBe((int)due.TotalCount - 1); // the talent's research installment is paid now
        batch.Suspended.ShouldNotBeEmpty();
        batch.Suspended.ShouldAllBe(l => l.ProfileId == left.ProfileId && l.SuspendReason!.Contains("停用"));
        batch.Passed.ShouldBe(batch.Checked - batch.Suspended.Count);

        var (headers, rows) = await hr.DownloadAsync($"/api/app/installments/payment-batch/export?dueBy={Today:yyyy-MM-dd}");
        headers.ShouldBe(["序号", "姓名", "政策", "待遇项目", "期次", "应发日期", "金额（元）", "分期编号"]);
        rows.Count.ShouldBe(batch.Passed);
        rows.Sum(r => Convert.ToDecimal(r["金额（元）"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(batch.PassedAmount);
        rows.ShouldNotContain(r => (string)r["分期编号"]! == left.Id.ToString());
    }

    [Fact]
    public async Task The_fund_disclosure_lists_what_was_paid_with_names_masked()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var lines = await hr.GetJsonAsync<List<DisclosureLineDto>>($"/api/app/installments/disclosure?from={Today.AddDays(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var paid = (await hr.GetJsonAsync<PagedResultDto<InstallmentLineDto>>("/api/app/installments?status=Paid&maxResultCount=1000")).Items;

        lines.Sum(l => l.Amount).ShouldBe(paid.Sum(p => p.Amount));
        lines.ShouldAllBe(l => l.MaskedName.Contains('*'));
        var names = paid.Select(p => p.ProfileName).ToHashSet();
        lines.ShouldNotContain(l => names.Contains(l.MaskedName));
        lines.ShouldContain(l => l.BenefitName == "安家补贴" && l.Tier == TalentTierLevel.C && l.PolicyTitle.Contains("人才"));

        var (headers, rows) = await hr.DownloadAsync($"/api/app/installments/disclosure/export?from={Today.AddDays(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        headers.ShouldBe(["序号", "姓名（脱敏）", "人才类别", "政策", "待遇项目", "金额（元）"]);
        rows.Count.ShouldBe(lines.Count);
    }

    [Fact]
    public async Task A_talent_who_leaves_within_the_commitment_pays_back_the_unserved_share()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        var settling = (await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements")).Single(e => e.RuleCode == "settling");
        (settling.Status, settling.PaidAmount, settling.CommitmentYears).ShouldBe((EntitlementStatus.Paying, 400_000m, 5));

        // Left a year and a day later: 12 of 60 months served, 48/60 of the 40万 paid comes back.
        using var clawBack = await hr.PostJsonAsync($"/api/app/entitlements/{settling.Id}/claw-back",
            new { leftOn = Today.AddYears(1).AddDays(1), reason = "调离园区", concurrencyStamp = settling.ConcurrencyStamp });
        var clawed = await clawBack.ShouldSucceedAsync<EntitlementDto>();

        (clawed.Status, clawed.ClawbackAmount, clawed.ClawbackReason).ShouldBe((EntitlementStatus.ClawedBack, 320_000m, "调离园区"));
        clawed.Installments.Skip(1).ShouldAllBe(i => i.Status == InstallmentStatus.Cancelled);
        using var again = await hr.PostJsonAsync($"/api/app/entitlements/{settling.Id}/claw-back",
            new { leftOn = Today, reason = "再次", concurrencyStamp = clawed.ConcurrencyStamp });
        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ClawbackNotApplicable);
    }

    [Fact]
    public async Task A_refused_clawback_names_the_commitment_years_or_says_there_is_none()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        var mine = await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        var withoutCommitment = mine.First(e => e.CommitmentYears is null);
        var settling = mine.Single(e => e.RuleCode == "settling");

        // Act
        using var none = await hr.PostJsonAsync($"/api/app/entitlements/{withoutCommitment.Id}/claw-back",
            new { leftOn = Today, reason = "调离园区", concurrencyStamp = withoutCommitment.ConcurrencyStamp });
        using var outside = await hr.PostJsonAsync($"/api/app/entitlements/{settling.Id}/claw-back",
            new { leftOn = Today.AddYears(10), reason = "调离园区", concurrencyStamp = settling.ConcurrencyStamp });

        // Assert
        var noCommitment = await none.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ClawbackWithoutCommitment);
        noCommitment.Detail.ShouldBe($"待遇“{withoutCommitment.Name}”没有服务期，不适用追回。");
        var notWithin = await outside.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ClawbackNotApplicable);
        notWithin.Detail!.ShouldContain("服务期（5 年）");
    }

    [Fact]
    public async Task Another_zone_gets_404_a_talent_gets_403_and_bad_input_changes_nothing()
    {
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var jiangyin = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        var line = (await dalian.GetJsonAsync<PagedResultDto<InstallmentLineDto>>("/api/app/installments?status=Scheduled&maxResultCount=1")).Items.Single();

        using (var foreign = await jiangyin.GetAsync($"/api/app/entitlements/{line.EntitlementId}"))
        {
            await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        }

        using (var foreignPay = await jiangyin.PostJsonAsync($"/api/app/installments/{line.Id}/pay", new { voucherNo = "X", concurrencyStamp = line.ConcurrencyStamp }))
        {
            await foreignPay.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        }

        (await talent.GetAsync("/api/app/installments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await talent.GetAsync($"/api/app/entitlements/{line.EntitlementId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await talent.PostJsonAsync($"/api/app/installments/{line.Id}/pay", new { voucherNo = "X", concurrencyStamp = line.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using (var noVoucher = await dalian.PostJsonAsync($"/api/app/installments/{line.Id}/pay", new { voucherNo = "", concurrencyStamp = line.ConcurrencyStamp }))
        {
            (await noVoucher.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed)).Errors.Keys.ShouldContain("voucherNo");
        }

        using (var stale = await dalian.PostJsonAsync($"/api/app/installments/{line.Id}/pay", new { voucherNo = "X", concurrencyStamp = "stale" }))
        {
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        }

        (await LineAsync(dalian, line.Id)).Status.ShouldBe(InstallmentStatus.Scheduled);
    }

    private static async Task<InstallmentLineDto> LineAsync(HttpClient hr, Guid id) =>
        (await hr.GetJsonAsync<PagedResultDto<InstallmentLineDto>>("/api/app/installments?maxResultCount=1000")).Items.Single(l => l.Id == id);

    private static async Task SetProfileAsync(HttpClient hr, Guid profileId, Func<TalentProfileDto, object> change)
    {
        var p = await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{profileId}");
        var delta = change(p);
        var employerInZone = (bool)delta.GetType().GetProperty("employerInZone")!.GetValue(delta)!;
        var isActive = (bool)delta.GetType().GetProperty("isActive")!.GetValue(delta)!;
        using var update = await hr.PutJsonAsync($"/api/app/talent-profiles/{profileId}", new
        {
            name = p.Name, employer = p.Employer, degree = p.Degree, degreeDate = p.DegreeDate, birthDate = p.BirthDate, arrivedOn = p.ArrivedOn,
            employerInZone, contractYears = p.ContractYears, socialInsuranceMonths = p.SocialInsuranceMonths, tier = p.Tier, field = p.Field,
            overseasExperience = p.OverseasExperience, ownsHomeInZone = p.OwnsHomeInZone, isActive, concurrencyStamp = p.ConcurrencyStamp,
        });
        await update.ShouldSucceedAsync();
    }
}
