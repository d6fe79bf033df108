using TalentReform.Auditing;
using TalentReform.Identity;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.PersonalData;

public class PersonalDataMaskTests
{
    [Theory]
    [InlineData(PersonalDataKind.IdNumber, "210203199001011234", "2102**********1234")]
    [InlineData(PersonalDataKind.IdNumber, "1234", "****")]
    [InlineData(PersonalDataKind.Phone, "13912345678", "139****5678")]
    [InlineData(PersonalDataKind.Email, "zhang.san@example.com", "z***@example.com")]
    [InlineData(PersonalDataKind.BankAccount, "6222021234567890123", "***************0123")]
    [InlineData(PersonalDataKind.Name, "张明", "张*")]
    [InlineData(PersonalDataKind.Name, "张小明", "张*明")]
    [InlineData(PersonalDataKind.Name, "欧阳小锋", "欧**锋")]
    public void Each_kind_keeps_what_forms_print_and_masking_twice_changes_nothing(PersonalDataKind kind, string value, string masked)
    {
        PersonalDataMask.Mask(kind, value).ShouldBe(masked);
        PersonalDataMask.Mask(kind, masked).ShouldBe(masked);
        PersonalDataMask.IsMaskOf(kind, value, masked).ShouldBeTrue();
        PersonalDataMask.IsMaskOf(kind, value, value).ShouldBeFalse();
    }

    [Fact]
    public void Free_text_loses_full_id_and_mobile_numbers_but_keeps_other_numbers()
    {
        var text = "导入第 3 行：身份证号 21020319900101123X 与 210203199001011234 重复，电话 13912345678；编号 2026120700001，金额 400000";

        PersonalDataMask.Redact(text).ShouldBe(
            "导入第 3 行：身份证号 2102**********123X 与 2102**********1234 重复，电话 139****5678；编号 2026120700001，金额 400000");
    }

    [Fact]
    public void The_model_classifies_the_personal_fields_once_and_the_registry_finds_them_by_type_or_audit_name()
    {
        PersonalDataRegistry.KindOf(typeof(Person), nameof(Person.IdNumber)).ShouldBe(PersonalDataKind.IdNumber);
        PersonalDataRegistry.KindOf(typeof(Person), nameof(Person.Phone)).ShouldBe(PersonalDataKind.Phone);
        PersonalDataRegistry.KindOf(typeof(Person), nameof(Person.Name)).ShouldBeNull();
        PersonalDataRegistry.KindOf(typeof(AppUser), nameof(AppUser.PhoneNumber)).ShouldBe(PersonalDataKind.Phone);
        PersonalDataRegistry.KindOf(typeof(AppUser), nameof(AppUser.Email)).ShouldBe(PersonalDataKind.Email);
        PersonalDataRegistry.KindOf(typeof(AppUser), nameof(AppUser.UserName)).ShouldBeNull();
        PersonalDataRegistry.KindOf(typeof(TalentProfile), nameof(TalentProfile.Name)).ShouldBeNull();
        PersonalDataRegistry.KindOf(typeof(AuditLog), nameof(AuditLog.UserName)).ShouldBeNull();

        PersonalDataRegistry.KindOf("Person", "IdNumber").ShouldBe(PersonalDataKind.IdNumber);
        PersonalDataRegistry.KindOf("AppUser", "PhoneNumber").ShouldBe(PersonalDataKind.Phone);
        PersonalDataRegistry.KindOf("Zone", "IdNumber").ShouldBeNull();
    }
}
