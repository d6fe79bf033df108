using TalentReform.Dtos;
using TalentReform.Excel;

namespace TalentReform.Staffing;

public interface IPostAppService : ICrudAppService<PostDto, GetPostsInput, CreatePostDto, UpdatePostDto>, IExcelImportExport;
