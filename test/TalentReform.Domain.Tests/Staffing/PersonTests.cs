namespace TalentReform.Staffing;

public class PersonTests
{
    [Fact]
    public void Id_numbers_are_masked_keeping_four_characters_at_each_end()
    {
        Person.MaskIdNumber("210203199001011234").ShouldBe("2102**********1234");
        Person.MaskIdNumber("1234").ShouldBe("****");
    }

    [Fact]
    public void The_check_character_is_stored_upper_case()
    {
        // Act
        var person = new Person(Guid.NewGuid(), Guid.NewGuid(), " 李四 ", Gender.Female, new DateOnly(1992, 5, 6), "21020319920506123x");

        // Assert
        person.IdNumber.ShouldBe("21020319920506123X");
        person.Name.ShouldBe("李四");
        person.SealedStatus.ShouldBeFalse();
    }
}
