using System.Text.RegularExpressions;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.PersonalData;
using TalentReform.Permissions;
using TalentReform.Staffing.Import;
using TalentReform.Users;

namespace TalentReform.Staffing;

public class PersonAppService(
    IRepository<Person> persons,
    IRepository<Appointment> appointments,
    PersonalDataMasking masking,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock,
    ExcelExchange excel,
    PersonImporter importer) : IPersonAppService
{
    private const string ExcelResource = "persons";

    private static readonly QueryableSorting<Person> Sorting = new QueryableSorting<Person>()
        .Add("name", p => p.Name)
        .Add("birthDate", p => p.BirthDate)
        .Add("gender", p => p.Gender)
        .Add("degree", p => p.Degree);

    public async Task<PersonDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await persons.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<PagedResultDto<PersonDto>> GetListAsync(GetPersonsInput input, CancellationToken cancellationToken = default)
    {
        var query = persons.GetQueryable();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(p => p.Name.Contains(filter));
        }

        if (input.SealedStatus is { } sealedStatus)
        {
            query = query.Where(p => p.SealedStatus == sealedStatus);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = Sorting.Apply(query, input.Sorting, "name").Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executer.ToListAsync(page, cancellationToken);
        var view = await masking.ForCurrentUserAsync(cancellationToken);
        return new PagedResultDto<PersonDto>(total, items.Select(p => ToDto(p, view)).ToList());
    }

    public async Task<PersonDto> CreateAsync(CreatePersonDto input, CancellationToken cancellationToken = default)
    {
        var person = new Person(Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), input.Name, input.Gender!.Value, input.BirthDate!.Value, input.IdNumber);
        await EnsureIdNumberFreeAsync(person.IdNumber, null, cancellationToken);
        Apply(person, input, input.Phone);
        await persons.InsertAsync(person, cancellationToken);
        await persons.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(person, cancellationToken);
    }

    public async Task<PersonDto> UpdateAsync(Guid id, UpdatePersonDto input, CancellationToken cancellationToken = default)
    {
        var person = await persons.GetAsync(id, cancellationToken);
        person.ConcurrencyStamp = input.ConcurrencyStamp;

        var idNumber = ResolveIdNumber(person, input.IdNumber);
        await EnsureIdNumberFreeAsync(idNumber, person.Id, cancellationToken);
        person.SetIdentity(input.Name, input.Gender!.Value, input.BirthDate!.Value, idNumber);
        Apply(person, input, PersonalDataMask.Resolve(PersonalDataKind.Phone, person.Phone, input.Phone));
        await persons.UpdateAsync(person, cancellationToken);
        await persons.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(person, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var person = await persons.GetAsync(id, cancellationToken);
        if (await appointments.AnyAsync(a => a.PersonId == id && a.EndedOn == null, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PersonHasActiveAppointments, person.Name);
        }

        await persons.DeleteAsync(person, cancellationToken);
        await persons.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every person of the zone by name; ID numbers masked as in <see cref="GetListAsync"/>.</summary>
    public async Task<ExcelFileDto> ExportAsync(CancellationToken cancellationToken = default)
    {
        var all = await executer.ToListAsync(persons.GetQueryable().OrderBy(p => p.Name), cancellationToken);
        var view = await masking.ForCurrentUserAsync(cancellationToken);
        var rows = all.Select(p => PersonImporter.ExportRow(ToDto(p, view)));
        return excel.Export(importer, ExcelResource, clock.Today(), rows);
    }

    public Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(excel.Template(importer, ExcelResource));

    /// <summary>Each row is created as by <see cref="CreateAsync"/>; all rows or none.</summary>
    public Task<ImportResultDto> ImportAsync(Stream file, bool dryRun, CancellationToken cancellationToken = default) =>
        excel.ImportAsync(file, dryRun, importer, CreateAsync, cancellationToken);

    /// <summary>
    /// A caller who saw the masked number sends it back unchanged: keep the stored one. Any other masked value
    /// (not the mask of this person's number) is refused rather than stored; a full number replaces the stored one.
    /// </summary>
    private static string ResolveIdNumber(Person person, string input)
    {
        if (input == PersonalDataMask.Mask(PersonalDataKind.IdNumber, person.IdNumber))
        {
            return person.IdNumber;
        }

        if (Regex.IsMatch(input, PersonConsts.MaskedIdNumberPattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new BusinessException(TalentReformErrorCodes.PersonIdNumberMaskMismatch);
        }

        return Person.NormalizeIdNumber(input);
    }

    /// <summary>A masked phone here is not the mask of the stored one (that was resolved before): refused rather than stored.</summary>
    private static void Apply(Person person, PersonInputBase input, string? phone)
    {
        if (phone?.Contains('*', StringComparison.Ordinal) == true)
        {
            throw new BusinessException(TalentReformErrorCodes.PersonPhoneMaskMismatch);
        }

        person.SetEducation(input.Degree, input.School, input.Major);
        person.SetProfile(input.ProfessionalTitle, phone, input.SealedStatus);
    }

    private async Task EnsureIdNumberFreeAsync(string idNumber, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await persons.AnyAsync(p => p.IdNumber == idNumber && p.Id != exceptId, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PersonIdNumberAlreadyExists);
        }
    }

    private async Task<PersonDto> ToDtoAsync(Person person, CancellationToken cancellationToken) =>
        ToDto(person, await masking.ForCurrentUserAsync(cancellationToken));

    private static PersonDto ToDto(Person person, PersonalDataView view)
    {
        var dto = person.ToDto();
        return dto with { IdNumber = view.Show<Person>(nameof(Person.IdNumber), dto.IdNumber)!, Phone = view.Show<Person>(nameof(Person.Phone), dto.Phone) };
    }
}
