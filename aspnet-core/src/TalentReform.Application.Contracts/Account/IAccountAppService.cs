namespace TalentReform.Account;

public interface IAccountAppService
{
    /// <summary>Checks the password with lockout; throws a business error (401) on failure.</summary>
    Task<AuthenticatedUserDto> AuthenticateAsync(LoginDto input, CancellationToken cancellationToken = default);

    Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken = default);
}
