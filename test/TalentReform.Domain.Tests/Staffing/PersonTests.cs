namespace TalentReform.Staffing;

public class PersonTests
{
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
