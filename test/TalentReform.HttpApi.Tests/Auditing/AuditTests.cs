using TalentReform.Dtos;
using TalentReform.Identity;
using TalentReform.Zones;

namespace TalentReform.Auditing;

/// <summary>Every change of an aggregate is recorded: who, when, zone, old and new values; secrets never.</summary>
public class AuditTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Hidden = "***";

    [Fact]
    public async Task Creating_a_zone_records_a_created_entry_with_the_property_values()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var code = TestData.UniqueName("audit");

        // Act
        using var response = await admin.PostJsonAsync("/api/host/zones", new
        {
            code, nameZh = "审计高新区", nameEn = "Audit Zone", province = "江苏省", foundedOn = "2019-09-09",
        });
        var zone = await response.ShouldSucceedAsync<ZoneDto>();

        // Assert
        var entry = (await EntriesAsync(admin, "Zone", zone.Id)).ShouldHaveSingleItem();
        entry.ChangeType.ShouldBe(EntityChangeType.Created);
        entry.UserName.ShouldBe(TestData.Users.Admin);
        entry.ZoneId.ShouldBeNull();
        entry.Time.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var values = entry.Changes.ToDictionary(c => c.PropertyName, c => c.NewValue);
        values["Code"].ShouldBe(code);
        values["NameZh"].ShouldBe("审计高新区");
        values["NameEn"].ShouldBe("Audit Zone");
        values["Province"].ShouldBe("江苏省");
        values["FoundedOn"].ShouldBe("2019-09-09");
        values["IsActive"].ShouldBe("True");
        values.ShouldNotContainKey("ConcurrencyStamp");
        entry.Changes.ShouldAllBe(c => c.OriginalValue == null);
    }

    [Fact]
    public async Task Updating_a_zone_records_old_and_new_values_of_the_changed_properties_only()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var createResponse = await admin.PostJsonAsync("/api/host/zones", new
        {
            code = TestData.UniqueName("audit"), nameZh = "审计高新区", nameEn = "Audit Zone", province = "江苏省", foundedOn = "2019-09-09",
        });
        var zone = await createResponse.ShouldSucceedAsync<ZoneDto>();

        // Act
        using var updateResponse = await admin.PutJsonAsync($"/api/host/zones/{zone.Id}", new
        {
            nameZh = zone.NameZh, nameEn = "Audited Zone", province = "浙江省", foundedOn = zone.FoundedOn, isActive = true,
            concurrencyStamp = zone.ConcurrencyStamp,
        });
        await updateResponse.ShouldSucceedAsync();

        // Assert
        var entries = await EntriesAsync(admin, "Zone", zone.Id);
        entries.Select(e => e.ChangeType).ShouldBe([EntityChangeType.Updated, EntityChangeType.Created], ignoreOrder: true);
        var updated = entries.Single(e => e.ChangeType == EntityChangeType.Updated);
        updated.Changes.OrderBy(c => c.PropertyName, StringComparer.Ordinal).ShouldBe([
            new AuditLogChangeDto("NameEn", "Audit Zone", "Audited Zone"),
            new AuditLogChangeDto("Province", "江苏省", "浙江省"),
        ]);
    }

    [Fact]
    public async Task Password_hashes_and_security_stamps_are_never_recorded()
    {
        // Arrange: a user created, then given a new password, in Jiangyin (read back by Jiangyin's HR officer).
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var jiangyinHr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var createResponse = await admin.PostJsonAsync("/api/app/users", new
        {
            userName = TestData.UniqueName("secret"), name = "Secret", password = TestData.Password, zoneId = TestData.JiangyinZoneId,
            roleNames = new[] { RoleNames.Talent },
        });
        var user = await createResponse.ShouldSucceedAsync<UserDto>();

        // Act
        using var updateResponse = await admin.PutJsonAsync($"/api/app/users/{user.Id}", new
        {
            name = user.Name, password = "An0ther-secret", isActive = true, roleNames = new[] { RoleNames.Talent }, concurrencyStamp = user.ConcurrencyStamp,
        });
        await updateResponse.ShouldSucceedAsync();

        // Assert: the hash is recorded as changed, but only as "***".
        var entries = await EntriesAsync(jiangyinHr, "AppUser", user.Id);
        var created = entries.Single(e => e.ChangeType == EntityChangeType.Created);
        created.Changes.Single(c => c.PropertyName == "PasswordHash").NewValue.ShouldBe(Hidden);
        created.Changes.Single(c => c.PropertyName == "UserName").NewValue.ShouldBe(user.UserName);
        entries.Where(e => e.ChangeType == EntityChangeType.Updated)
            .SelectMany(e => e.Changes)
            .Where(c => c.PropertyName == "PasswordHash")
            .ShouldContain(c => c.OriginalValue == Hidden && c.NewValue == Hidden);

        // ... and nowhere in any log that the admin or the zone can read.
        var everything = (await AllAsync(admin)).Concat(await AllAsync(jiangyinHr)).SelectMany(e => e.Changes).ToList();
        everything.ShouldNotBeEmpty();
        everything.Where(c => c.PropertyName is "PasswordHash" or "SecurityStamp")
            .ShouldAllBe(c => (c.OriginalValue == null || c.OriginalValue == Hidden) && (c.NewValue == null || c.NewValue == Hidden));
        // ASP.NET Core Identity's v3 hashes start with "AQAAAA" (format marker 0x01 and PRF in base64).
        everything.ShouldAllBe(c => !(c.NewValue ?? string.Empty).StartsWith("AQAAAA") && !(c.OriginalValue ?? string.Empty).StartsWith("AQAAAA"));
        everything.ShouldAllBe(c => c.NewValue != "An0ther-secret" && c.NewValue != TestData.Password);
    }

    private static async Task<IReadOnlyList<AuditLogDto>> EntriesAsync(HttpClient client, string entityType, Guid id) =>
        (await client.GetJsonAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType={entityType}&entityId={id}&maxResultCount=1000")).Items;

    private static async Task<IReadOnlyList<AuditLogDto>> AllAsync(HttpClient client) =>
        (await client.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=1000")).Items;
}
