using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

[ApiController]
[Route("api/app/persons")]
[Authorize(TalentReformPermissions.Persons.Default)]
public class PersonController(IPersonAppService persons) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<PersonDto> GetAsync(Guid id, CancellationToken cancellationToken) => persons.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<PersonDto>> GetListAsync([FromQuery] GetPersonsInput input, CancellationToken cancellationToken) =>
        persons.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.Persons.Create)]
    public Task<PersonDto> CreateAsync(CreatePersonDto input, CancellationToken cancellationToken) => persons.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.Persons.Update)]
    public Task<PersonDto> UpdateAsync(Guid id, UpdatePersonDto input, CancellationToken cancellationToken) =>
        persons.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.Persons.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await persons.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
