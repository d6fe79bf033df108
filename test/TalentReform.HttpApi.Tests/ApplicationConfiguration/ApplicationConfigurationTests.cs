using System.Net;
using System.Text.RegularExpressions;
using TalentReform.Permissions;
using TalentReform.Planning;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.ApplicationConfiguration;

/// <summary>
/// Issue 11: the UI reads the current user, their permissions, the cultures and the forms' rules from one endpoint
/// instead of copying them; every rule it serves is the one the server's validation reads.
/// </summary>
public class ApplicationConfigurationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/app/application-configuration";

    [Fact]
    public async Task Each_role_gets_its_own_user_zone_and_granted_permissions_and_every_defined_name()
    {
        // Arrange
        string[] users = [TestData.Users.DalianHr, TestData.Users.DalianLeader, TestData.Users.DalianTalent, TestData.Users.ChengdeTalent, TestData.Users.Admin];
        var answers = new Dictionary<string, ApplicationConfigurationDto>();

        // Act
        foreach (var user in users)
        {
            using var client = await factory.CreateClientAsync(user);
            answers[user] = await client.GetJsonAsync<ApplicationConfigurationDto>(Url);
            var me = await client.GetJsonAsync<Account.CurrentUserDto>("/api/account/me");
            answers[user].CurrentUser.ShouldBeEquivalentTo(me);
            answers[user].Auth.GrantedPermissions.ShouldBe(me.Permissions);
        }

        // Assert
        foreach (var (user, answer) in answers)
        {
            answer.CurrentUser.IsAuthenticated.ShouldBeTrue();
            answer.CurrentUser.UserName.ShouldBe(user);
            answer.Auth.DefinedPermissions.ShouldBe(PermissionDefinitions.All.Select(p => p.Name).ToList());
            answer.Auth.GrantedPermissions.ShouldBeSubsetOf(answer.Auth.DefinedPermissions);
        }

        var hr = answers[TestData.Users.DalianHr].Auth.GrantedPermissions;
        var leader = answers[TestData.Users.DalianLeader].Auth.GrantedPermissions;
        var talent = answers[TestData.Users.DalianTalent];
        hr.ShouldContain(TalentReformPermissions.Posts.Update);
        leader.ShouldNotContain(TalentReformPermissions.Posts.Update);
        leader.ShouldContain(TalentReformPermissions.Approvals);
        hr.Order().ShouldNotBe(leader.Order());
        talent.Auth.GrantedPermissions.ShouldContain(TalentReformPermissions.My);
        talent.Auth.GrantedPermissions.ShouldNotContain(TalentReformPermissions.Posts.Default);
        talent.CurrentUser.Zone!.Id.ShouldBe(TestData.DalianZoneId);
        answers[TestData.Users.ChengdeTalent].CurrentUser.Zone!.Id.ShouldBe(TestData.ChengdeZoneId);
        answers[TestData.Users.ChengdeTalent].CurrentUser.Id.ShouldNotBe(talent.CurrentUser.Id);
        answers[TestData.Users.Admin].CurrentUser.Zone.ShouldBeNull();
        answers[TestData.Users.Admin].Auth.GrantedPermissions.ShouldContain(TalentReformPermissions.Zones.Create);
    }

    [Fact]
    public async Task Anonymous_callers_get_the_cultures_and_form_rules_but_no_user_and_no_permission_names()
    {
        // Arrange
        using var anonymous = factory.CreateAnonymousClient();

        // Act
        using var response = await anonymous.GetAsync($"{Url}?culture=en");
        var answer = await response.ShouldSucceedAsync<ApplicationConfigurationDto>();

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.CurrentUser.IsAuthenticated.ShouldBeFalse();
        answer.CurrentUser.Id.ShouldBeNull();
        answer.CurrentUser.Zone.ShouldBeNull();
        answer.Auth.GrantedPermissions.ShouldBeEmpty();
        answer.Auth.DefinedPermissions.ShouldBeEmpty();
        answer.Localization.CurrentCulture.ShouldBe("en");
        answer.Localization.DefaultCulture.ShouldBe("zh-Hans");
        answer.Localization.SupportedCultures.ShouldBe(["zh-Hans", "en"]);
        answer.Forms.ProfileFields.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_form_rules_are_the_servers_post_levels_profile_fields_operators_and_plan_change_fields()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        var forms = (await hr.GetJsonAsync<ApplicationConfigurationDto>(Url)).Forms;

        // Assert: the issue's numbers, then every entry against its Domain.Shared source.
        forms.PostLevels.ShouldBe([
            new PostLevelRangeDto(PostCategory.Management, 1, 10), new PostLevelRangeDto(PostCategory.Professional, 1, 13),
            new PostLevelRangeDto(PostCategory.Skilled, 1, 5), new PostLevelRangeDto(PostCategory.Ordinary, null, null)]);
        forms.ProfileFields.Single(f => f.Field == ProfileField.Age).ShouldBe(new ProfileFieldMetadataDto(ProfileField.Age, ProfileFieldType.Number, 16, 100));
        forms.ProfileFields.Select(f => f.Field).ShouldBe(Enum.GetValues<ProfileField>());
        foreach (var field in forms.ProfileFields)
        {
            field.Type.ShouldBe(ProfileFields.TypeOf(field.Field));
            (field.Min, field.Max).ShouldBe((ProfileFields.RangeOf(field.Field)?.Min, ProfileFields.RangeOf(field.Field)?.Max));
        }

        forms.ConditionOperators.Single(o => o.Operator == ConditionOperator.In).FieldTypes
            .ShouldBe([ProfileFieldType.Number, ProfileFieldType.Degree, ProfileFieldType.Tier, ProfileFieldType.Text]);
        forms.ConditionOperators.Single(o => o.Operator == ConditionOperator.Between).ShouldSatisfyAllConditions(
            o => o.MinValues.ShouldBe(2), o => o.MaxValues.ShouldBe(2));
        forms.BenefitRuleLimits.ShouldBe(new BenefitRuleLimitsDto(
            BenefitRuleConsts.MaxDepth, BenefitRuleConsts.MaxConditions, BenefitRuleConsts.MaxValues, BenefitRuleConsts.MaxValueLength,
            BenefitRuleConsts.MaxInstallments, BenefitRuleConsts.MaxCommitmentYears, BenefitRuleConsts.ShareTolerance));
        forms.PlanChangeTypes.Select(t => t.Type).ShouldBe(Enum.GetValues<PlanChangeType>());
        foreach (var type in forms.PlanChangeTypes)
        {
            type.Fields.Select(f => (f.Name, f.Required)).ShouldBe(PlanChangeFields.Of(type.Type).Select(f => (f.Name, f.Required)));
        }

        forms.PlanChangeTypes.Single(t => t.Type == PlanChangeType.MergeUnits).Fields
            .ShouldBe([new PlanChangeFieldDto("sourceUnitIds", true), new PlanChangeFieldDto("unitId", true)]);
    }

    [Fact]
    public async Task The_angular_permission_constants_name_exactly_the_defined_permissions()
    {
        // Arrange: the UI's typed constants (core/auth/permissions.ts) are checked against the endpoint, so they cannot drift.
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var defined = (await admin.GetJsonAsync<ApplicationConfigurationDto>(Url)).Auth.DefinedPermissions;
        var source = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "angular/src/app/core/auth/permissions.ts"));

        // Act
        var named = Regex.Matches(source, @"'(TalentReform\.[A-Za-z.]+)'").Select(m => m.Groups[1].Value).ToList();

        // Assert
        named.ShouldBeUnique();
        named.ShouldBe(defined, ignoreOrder: true);
    }
}
