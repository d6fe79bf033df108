using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Staffing;

public class AppointmentAppService(
    IRepository<Appointment> appointments,
    IRepository<Person> persons,
    IRepository<Post> posts,
    AppointmentManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IAppointmentAppService
{
    private static readonly QueryableSorting<Appointment> Sorting = new QueryableSorting<Appointment>()
        .Add("termStart", a => a.TermStart)
        .Add("termEnd", a => a.TermEnd)
        .Add("endedOn", a => a.EndedOn)
        .Add("kind", a => a.Kind);

    public async Task<AppointmentDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await appointments.GetAsync(id, cancellationToken)).ToDto();

    public async Task<PagedResultDto<AppointmentDto>> GetListAsync(GetAppointmentsInput input, CancellationToken cancellationToken = default)
    {
        var query = appointments.GetQueryable();
        if (input.PersonId is { } personId)
        {
            query = query.Where(a => a.PersonId == personId);
        }

        if (input.PostId is { } postId)
        {
            query = query.Where(a => a.PostId == postId);
        }

        if (input.OrgUnitId is { } orgUnitId)
        {
            query = query.Where(a => a.OrgUnitId == orgUnitId);
        }

        if (input.ActiveOnly)
        {
            query = query.Where(a => a.EndedOn == null);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "termStart").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<AppointmentDto>(total, items.Select(a => a.ToDto()).ToList());
    }

    public async Task<AppointmentDto> CreateAsync(CreateAppointmentDto input, CancellationToken cancellationToken = default)
    {
        var person = await persons.GetAsync(input.PersonId!.Value, cancellationToken);
        var post = await posts.GetAsync(input.PostId!.Value, cancellationToken);
        var appointment = await manager.CreateAsync(
            currentUser.GetZoneIdOrThrow(), person, post, input.Kind, input.IsPrimary, input.TermStart!.Value, input.TermEnd, cancellationToken);
        await appointments.InsertAsync(appointment, cancellationToken);

        // Saving the filled post bumps its concurrency stamp, so two appointments racing for one post cannot both win.
        await posts.UpdateAsync(post, cancellationToken);
        await appointments.SaveChangesAsync(cancellationToken);
        return appointment.ToDto();
    }

    public async Task<AppointmentDto> EndAsync(Guid id, EndAppointmentDto input, CancellationToken cancellationToken = default)
    {
        var appointment = await appointments.GetAsync(id, cancellationToken);
        appointment.ConcurrencyStamp = input.ConcurrencyStamp;
        var post = await posts.GetAsync(appointment.PostId, cancellationToken);
        AppointmentManager.End(appointment, post, input.EndedOn!.Value, input.Reason);
        await appointments.SaveChangesAsync(cancellationToken);
        return appointment.ToDto();
    }
}
