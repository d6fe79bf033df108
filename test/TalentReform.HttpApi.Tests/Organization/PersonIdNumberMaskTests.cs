using System.Net;
using TalentReform.Identity;
using TalentReform.Permissions;
using TalentReform.Staffing;

namespace TalentReform.Organization;

/// <summary>
/// A caller who may edit persons but sees ID numbers masked sends the masked value back with the form: it
/// means "unchanged" (it used to fail the 18-digit pattern before the app service could recognise it).
/// </summary>
public class PersonIdNumberMaskTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Sending_the_masked_id_number_back_keeps_the_stored_one()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var editor = await CreateMaskedEditorAsync();
        var person = await hr.CreatePersonAsync("周敏");
        var seen = await editor.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{person.Id}");
        seen.IdNumber.ShouldContain("**********");

        // Act
        using var response = await editor.PutJsonAsync($"{OrganizationApi.Persons}/{person.Id}", Form(seen, seen.IdNumber, "周敏（改）"));

        // Assert
        var updated = await response.ShouldSucceedAsync<PersonDto>();
        updated.Name.ShouldBe("周敏（改）");
        updated.IdNumber.ShouldBe(seen.IdNumber);
        var stored = await hr.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{person.Id}");
        stored.IdNumber.ShouldBe(person.IdNumber);
        stored.Name.ShouldBe("周敏（改）");
    }

    [Fact]
    public async Task Hr_sending_the_masked_form_of_the_stored_number_keeps_it_too()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var person = await hr.CreatePersonAsync("吴磊");
        var masked = person.IdNumber[..4] + "**********" + person.IdNumber[^4..];

        // Act
        using var response = await hr.PutJsonAsync($"{OrganizationApi.Persons}/{person.Id}", Form(person, masked, "吴磊"));

        // Assert
        (await response.ShouldSucceedAsync<PersonDto>()).IdNumber.ShouldBe(person.IdNumber);
    }

    [Fact]
    public async Task A_masked_value_that_is_not_the_stored_numbers_mask_is_refused_and_nothing_changes()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var editor = await CreateMaskedEditorAsync();
        var person = await hr.CreatePersonAsync("郑洁");
        var seen = await editor.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{person.Id}");
        var otherMask = (seen.IdNumber[0] == '9' ? "1" : "9") + seen.IdNumber[1..];

        // Act
        using var refused = await editor.PutJsonAsync($"{OrganizationApi.Persons}/{person.Id}", Form(seen, otherMask, "郑洁"));

        // Assert
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PersonIdNumberMaskMismatch);
        problem.Detail.ShouldBe("脱敏的身份证号与登记的号码不符；要更改身份证号，请输入完整的 18 位号码。");
        (await hr.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{person.Id}")).IdNumber.ShouldBe(person.IdNumber);
    }

    [Theory]
    [InlineData("2102**********123")]
    [InlineData("2102*********12345")]
    [InlineData("2102**********123x")]
    [InlineData("21021990010112345*")]
    public async Task Other_forms_still_fail_validation(string idNumber)
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var person = await hr.CreatePersonAsync("冯涛");

        // Act
        using var response = await hr.PutJsonAsync($"{OrganizationApi.Persons}/{person.Id}", Form(person, idNumber, "冯涛"));

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task A_new_person_needs_the_full_number()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        using var response = await hr.PostJsonAsync(OrganizationApi.Persons, new
        {
            name = "卫东", gender = "Male", birthDate = "1990-05-06", idNumber = "2102**********1234",
        });

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task The_masked_phone_sent_back_keeps_the_stored_one_and_another_mask_is_refused()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var editor = await CreateMaskedEditorAsync();
        var created = await hr.CreatePersonAsync("陶然");
        using (var withPhone = await hr.PutJsonAsync($"{OrganizationApi.Persons}/{created.Id}", Form(created, created.IdNumber, "陶然", "13912345678")))
        {
            await withPhone.ShouldSucceedAsync();
        }

        var seen = await editor.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{created.Id}");

        // Act
        using var kept = await editor.PutJsonAsync($"{OrganizationApi.Persons}/{created.Id}", Form(seen, seen.IdNumber, "陶然（改）", seen.Phone));
        var afterKept = await kept.ShouldSucceedAsync<PersonDto>();
        using var refused = await editor.PutJsonAsync($"{OrganizationApi.Persons}/{created.Id}", Form(afterKept, seen.IdNumber, "陶然", "138****5678"));

        // Assert
        seen.Phone.ShouldBe("139****5678");
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PersonPhoneMaskMismatch);
        var stored = await hr.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{created.Id}");
        (stored.Name, stored.Phone).ShouldBe(("陶然（改）", "13912345678"));
    }

    private static object Form(PersonDto person, string idNumber, string name, string? phone) => new
    {
        name, gender = person.Gender, birthDate = person.BirthDate, idNumber, degree = person.Degree, school = person.School,
        major = person.Major, professionalTitle = person.ProfessionalTitle, phone, sealedStatus = person.SealedStatus,
        concurrencyStamp = person.ConcurrencyStamp,
    };

    private static object Form(PersonDto person, string idNumber, string name) => Form(person, idNumber, name, person.Phone);

    /// <summary>A Dalian leader (ID numbers masked) who was also granted editing persons.</summary>
    private async Task<HttpClient> CreateMaskedEditorAsync()
    {
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var created = await admin.PostJsonAsync("/api/app/users", new
        {
            userName = TestData.UniqueName("editor"), name = "Editor", password = TestData.Password, zoneId = TestData.DalianZoneId,
            roleNames = new[] { RoleNames.Leader },
        });
        var user = await created.ShouldSucceedAsync<UserDto>();
        using var grant = await admin.PutJsonAsync($"/api/app/permissions?providerName=U&providerKey={user.Id}", new
        {
            permissions = new[] { new { name = TalentReformPermissions.Persons.Update, isGranted = true } },
        });
        grant.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return await factory.CreateClientAsync(user.UserName);
    }
}
