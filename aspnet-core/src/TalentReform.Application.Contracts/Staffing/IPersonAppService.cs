using TalentReform.Dtos;
using TalentReform.Excel;

namespace TalentReform.Staffing;

public interface IPersonAppService : ICrudAppService<PersonDto, GetPersonsInput, CreatePersonDto, UpdatePersonDto>, IExcelImportExport;
