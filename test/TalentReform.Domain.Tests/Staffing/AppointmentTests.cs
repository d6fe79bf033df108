namespace TalentReform.Staffing;

public class AppointmentTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    [Fact]
    public void A_term_ending_before_it_starts_is_refused()
    {
        // Arrange
        var post = PostTests.NewPost(PostCategory.Professional, 7);

        // Act + Assert
        ((Action)(() => NewAppointment(post, Start, Start.AddDays(-1)))).ShouldBeRefusedWith(TalentReformErrorCodes.AppointmentTermInvalid);
    }

    [Fact]
    public void The_appointment_copies_the_post_slot()
    {
        // Arrange
        var post = PostTests.NewPost(PostCategory.Professional, 7);

        // Act
        var appointment = NewAppointment(post, Start, Start.AddYears(3));

        // Assert
        appointment.PostId.ShouldBe(post.Id);
        appointment.OrgUnitId.ShouldBe(post.OrgUnitId);
        appointment.StaffingType.ShouldBe(post.StaffingType);
        appointment.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Ending_vacates_the_post_and_cannot_happen_twice_or_before_the_start()
    {
        // Arrange
        var post = PostTests.NewPost(PostCategory.Professional, 7);
        var appointment = NewAppointment(post, Start, null);
        post.Fill();

        // Act + Assert
        ((Action)(() => AppointmentManager.End(appointment, post, Start.AddDays(-1), "调离"))).ShouldBeRefusedWith(TalentReformErrorCodes.AppointmentEndBeforeStart);
        post.Status.ShouldBe(PostStatus.Filled);
        AppointmentManager.End(appointment, post, Start.AddMonths(6), "调离");
        appointment.IsActive.ShouldBeFalse();
        appointment.EndReason.ShouldBe("调离");
        post.Status.ShouldBe(PostStatus.Vacant);
        ((Action)(() => AppointmentManager.End(appointment, post, Start.AddMonths(7), "x"))).ShouldBeRefusedWith(TalentReformErrorCodes.AppointmentAlreadyEnded);
    }

    private static Appointment NewAppointment(Post post, DateOnly start, DateOnly? end)
    {
        var person = new Person(Guid.NewGuid(), Guid.NewGuid(), "张三", Gender.Male, new DateOnly(1990, 1, 1), "210203199001011234");
        return new Appointment(Guid.NewGuid(), Guid.NewGuid(), person, post, AppointmentKind.Competitive, true, start, end, DateTimeOffset.UnixEpoch);
    }
}
