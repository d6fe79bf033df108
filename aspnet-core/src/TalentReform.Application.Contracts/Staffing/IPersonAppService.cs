using TalentReform.Dtos;

namespace TalentReform.Staffing;

public interface IPersonAppService : ICrudAppService<PersonDto, GetPersonsInput, CreatePersonDto, UpdatePersonDto>;
