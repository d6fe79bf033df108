using TalentReform.Dtos;

namespace TalentReform.Identity;

public interface IUserAppService : ICrudAppService<UserDto, GetUsersInput, CreateUserDto, UpdateUserDto>;
