using TalentReform.Data;

namespace TalentReform.Staffing;

/// <summary>
/// The Staffing module's side of applying a staffing plan (ADR 0009): stores the posts, 编制, appointments and
/// 人员组合 rules the plan's changes created or removed. The plan checked them on its whole result; this only writes them.
/// </summary>
public class StaffingStructureWriter(
    IRepository<Post> posts,
    IRepository<StaffingQuota> staffingQuotas,
    IRepository<Appointment> appointments,
    IRepository<StaffingMixRule> mixRules,
    IRepository<Person> persons)
{
    /// <summary>A person another module brings in (a recruitment hire); their appointment goes through <see cref="AppointmentManager"/>.</summary>
    public Task InsertAsync(Person person, CancellationToken cancellationToken = default) => persons.InsertAsync(person, cancellationToken);

    public Task InsertAsync(Post post, CancellationToken cancellationToken = default) => posts.InsertAsync(post, cancellationToken);

    public Task InsertAsync(StaffingQuota quota, CancellationToken cancellationToken = default) => staffingQuotas.InsertAsync(quota, cancellationToken);

    public Task InsertAsync(Appointment appointment, CancellationToken cancellationToken = default) => appointments.InsertAsync(appointment, cancellationToken);

    public Task DeleteAsync(Post post, CancellationToken cancellationToken = default) => posts.DeleteAsync(post, cancellationToken);

    public Task DeleteAsync(StaffingQuota quota, CancellationToken cancellationToken = default) => staffingQuotas.DeleteAsync(quota, cancellationToken);

    public Task DeleteAsync(StaffingMixRule rule, CancellationToken cancellationToken = default) => mixRules.DeleteAsync(rule, cancellationToken);

    /// <summary>Saves what is staged so far (inside the caller's transaction), e.g. ended appointments before new ones.</summary>
    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => appointments.SaveChangesAsync(cancellationToken);
}
