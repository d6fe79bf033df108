using TalentReform.Dtos;

namespace TalentReform.Staffing;

public interface IPostAppService : ICrudAppService<PostDto, GetPostsInput, CreatePostDto, UpdatePostDto>;
