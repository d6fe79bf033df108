using TalentReform.Dtos;
using TalentReform.Excel;

namespace TalentReform.Staffing;

public interface IPostAppService : ICrudAppService<PostDto, GetPostsInput, CreatePostDto, UpdatePostDto>, IExcelImportExport
{
    /// <summary>Freezes a vacant post (not to be filled) and changes nothing else of it; a filled post is refused.</summary>
    Task<PostDto> FreezeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default);

    /// <summary>Releases a frozen post (vacant again) and changes nothing else of it.</summary>
    Task<PostDto> UnfreezeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default);
}
