namespace TalentReform.Account;

/// <summary>Issues the cookie or the bearer token for an authenticated user (implemented by the host).</summary>
public interface IAuthenticationSession
{
    Task SignInWithCookieAsync(AuthenticatedUserDto user);

    Task SignOutAsync();

    Task<AccessTokenDto> IssueAccessTokenAsync(AuthenticatedUserDto user);

    /// <summary>Writes a fresh readable XSRF-TOKEN cookie bound to the (new) identity of the caller.</summary>
    void RefreshAntiforgeryCookie();
}
