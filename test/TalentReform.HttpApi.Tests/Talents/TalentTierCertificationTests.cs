using System.Net;
using TalentReform.Dtos;
using TalentReform.Organization;

namespace TalentReform.Talents;

/// <summary>人才分类 and 人才认定 over HTTP: the zone's tiers, applications decided by HR, and the import of granted certifications.</summary>
public class TalentTierCertificationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Certifications = "/api/app/talent-certifications";

    [Fact]
    public async Task The_zone_words_its_tiers_and_the_leader_reads_them()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var tiers = await hr.GetJsonAsync<List<TalentTierDto>>("/api/app/talent-tiers");
        tiers.Select(t => (t.Level, t.Name)).ShouldBe(
        [
            (TalentTierLevel.A, "顶尖人才"), (TalentTierLevel.B, "国家级领军人才"), (TalentTierLevel.C, "地方级领军人才"), (TalentTierLevel.D, "高级人才"),
            (TalentTierLevel.E, "青年/后备人才"),
        ]);
        var profiles = await hr.GetJsonAsync<PagedResultDto<TalentProfileDto>>("/api/app/talent-profiles?tier=C&maxResultCount=1");
        tiers.Single(t => t.Level == TalentTierLevel.C).CertifiedCount.ShouldBe((int)profiles.TotalCount);

        var e = tiers.Single(t => t.Level == TalentTierLevel.E);
        using var update = await hr.PutJsonAsync("/api/app/talent-tiers/E", new
        {
            nameZh = "青年人才", nameEn = "Young talent", criteriaZh = "35 周岁以下硕士及以上", criteriaEn = "Under 35 with a master's degree",
            concurrencyStamp = e.ConcurrencyStamp,
        });
        (await update.ShouldSucceedAsync<TalentTierDto>()).Name.ShouldBe("青年人才");

        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        (await leader.GetJsonAsync<List<TalentTierDto>>("/api/app/talent-tiers")).Single(t => t.Level == TalentTierLevel.E).CriteriaZh.ShouldBe("35 周岁以下硕士及以上");
        (await leader.PutJsonAsync("/api/app/talent-tiers/E", new { nameZh = "x", nameEn = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var stale = await hr.PutJsonAsync("/api/app/talent-tiers/E", new { nameZh = "x", nameEn = "x", concurrencyStamp = e.ConcurrencyStamp });
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task An_approved_application_gives_the_talent_the_tier_and_a_decision_is_final()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        var pending = await hr.GetJsonAsync<PagedResultDto<TalentCertificationDto>>($"{Certifications}?status=Pending");
        pending.TotalCount.ShouldBe(3);
        var first = pending.Items.First(c => c.Level == TalentTierLevel.D);
        (await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{first.ProfileId}")).Tier.ShouldBeNull();

        using (var approve = await hr.PostJsonAsync($"{Certifications}/{first.Id}/approve", new { concurrencyStamp = first.ConcurrencyStamp }))
        {
            var approved = await approve.ShouldSucceedAsync<TalentCertificationDto>();
            (approved.Status, approved.IsValidToday, approved.DecidedByName).ShouldBe((TalentCertificationStatus.Approved, true, "江阴人事专员"));
        }

        (await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{first.ProfileId}")).Tier.ShouldBe(TalentTierLevel.D);

        var second = pending.Items.First(c => c.Id != first.Id);
        using (var noComment = await hr.PostJsonAsync($"{Certifications}/{second.Id}/reject", new { concurrencyStamp = second.ConcurrencyStamp }))
        {
            await noComment.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CertificationCommentRequired);
        }

        using (var reject = await hr.PostJsonAsync($"{Certifications}/{second.Id}/reject", new { comment = "材料不全", concurrencyStamp = second.ConcurrencyStamp }))
        {
            var rejected = await reject.ShouldSucceedAsync<TalentCertificationDto>();
            (rejected.Status, rejected.Comment).ShouldBe((TalentCertificationStatus.Rejected, "材料不全"));
            using var again = await hr.PostJsonAsync($"{Certifications}/{second.Id}/approve", new { concurrencyStamp = rejected.ConcurrencyStamp });
            await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CertificationNotPending);
        }

        using (var duplicate = await hr.PostJsonAsync(Certifications, new
        {
            profileId = second.ProfileId, level = "E", certifyingBody = "江阴高新区人才办", certifiedOn = "2025-05-01", certificateNo = first.CertificateNo,
        }))
        {
            await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.CertificateNoExists);
        }

        using (var backwards = await hr.PostJsonAsync(Certifications, new
        {
            profileId = second.ProfileId, level = "E", certifyingBody = "江阴高新区人才办", certifiedOn = "2025-05-01", validUntil = "2025-01-01", certificateNo = "JY-NEW-1",
        }))
        {
            await backwards.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CertificationValidityInvalid);
        }

        (await hr.GetJsonAsync<PagedResultDto<TalentCertificationDto>>($"{Certifications}?status=Pending")).TotalCount.ShouldBe(1);
        using var talent = await factory.CreateClientAsync("jiangyin-talent");
        (await talent.GetAsync(Certifications)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Granted_certifications_are_imported_all_or_none_and_approved_at_once()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using (var create = await hr.PostJsonAsync("/api/app/talent-profiles", new { name = "欧阳明远", employer = "承德某新材料有限公司", employerInZone = true }))
        {
            await create.ShouldSucceedAsync<TalentProfileDto>();
        }

        var (headers, _) = await hr.DownloadAsync($"{Certifications}/import-template");
        headers.ShouldBe(["姓名", "工作单位", "人才类别", "认定机构", "认定日期", "有效期至", "证书编号"]);
        var good = new object?[] { "欧阳明远", "承德某新材料有限公司", "B", "河北省委人才工作领导小组", "2025-03-01", "2030-02-28", "HB-RC-2025-0001" };
        var unknown = new object?[] { "查无此人", null, "C", "承德高新区人才办", "2025-03-01", null, "CD-RC-2025-9999" };
        var file = ExcelWorkbooks.Build(headers, good, unknown);

        var dryRun = await hr.ImportAsync(Certifications, file, dryRun: true);
        (dryRun.TotalRows, dryRun.ImportedRows).ShouldBe((2, 0));
        dryRun.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(e => e.Row.ShouldBe(3), e => e.Column.ShouldBe("姓名"));

        var imported = await hr.ImportAsync(Certifications, ExcelWorkbooks.Build(headers, good), dryRun: false);
        (imported.TotalRows, imported.ImportedRows, imported.Errors.Count).ShouldBe((1, 1, 0));
        var certification = (await hr.GetJsonAsync<PagedResultDto<TalentCertificationDto>>($"{Certifications}?level=B&maxResultCount=100")).Items
            .Single(c => c.CertificateNo == "HB-RC-2025-0001");
        (certification.Status, certification.Source, certification.ProfileName).ShouldBe((TalentCertificationStatus.Approved, TalentCertificationSource.Import, "欧阳明远"));
        (await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{certification.ProfileId}")).Tier.ShouldBe(TalentTierLevel.B);
    }

    [Fact]
    public async Task A_tier_that_only_an_expired_certification_supports_gives_way_at_the_next_matching_run()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var create = await hr.PostJsonAsync("/api/app/talent-profiles", new
        {
            name = "司马子衡", employer = "大连某集成电路有限公司", employerInZone = true, contractYears = 5, socialInsuranceMonths = 12, ownsHomeInZone = false,
        });
        var profile = await create.ShouldSucceedAsync<TalentProfileDto>();
        var today = Planning.PlanningApi.TodayInChina;

        // An expired C certification, recorded for the history, gives no tier.
        await ApplyAndApproveAsync(hr, profile.Id, "C", today.AddYears(-8), today.AddYears(-3), "DL-RC-EXP-C");
        profile = await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{profile.Id}");
        profile.Tier.ShouldBeNull();

        // HR records C on the profile by hand; a valid D certification does not lower it.
        using (var update = await hr.PutJsonAsync($"/api/app/talent-profiles/{profile.Id}", new
        {
            name = profile.Name, employer = profile.Employer, employerInZone = true, contractYears = 5, socialInsuranceMonths = 12, tier = "C",
            ownsHomeInZone = false, isActive = true, concurrencyStamp = profile.ConcurrencyStamp,
        }))
        {
            await update.ShouldSucceedAsync();
        }

        await ApplyAndApproveAsync(hr, profile.Id, "D", today.AddYears(-1), today.AddYears(4), "DL-RC-VALID-D");
        (await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{profile.Id}")).Tier.ShouldBe(TalentTierLevel.C);

        // C rests only on the expired certification: the run gives the profile its valid D and decides on it.
        await hr.RunToEndAsync();
        (await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{profile.Id}")).Tier.ShouldBe(TalentTierLevel.D);
        var settling = (await hr.GetJsonAsync<PagedResultDto<EntitlementDto>>($"/api/app/entitlements?profileId={profile.Id}&ruleCode=settling")).Items
            .ShouldHaveSingleItem();
        settling.Amount.ShouldBe(1_000_000); // D 100万, not C 200万
    }

    private static async Task<TalentCertificationDto> ApplyAndApproveAsync(HttpClient hr, Guid profileId, string level, DateOnly on, DateOnly until, string number)
    {
        using var apply = await hr.PostJsonAsync(Certifications, new
        {
            profileId, level, certifyingBody = "大连高新区人才工作领导小组办公室", certifiedOn = on, validUntil = until, certificateNo = number,
        });
        var applied = await apply.ShouldSucceedAsync<TalentCertificationDto>();
        using var approve = await hr.PostJsonAsync($"{Certifications}/{applied.Id}/approve", new { concurrencyStamp = applied.ConcurrencyStamp });
        return await approve.ShouldSucceedAsync<TalentCertificationDto>();
    }
}
