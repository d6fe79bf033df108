using TalentReform.Users;

namespace TalentReform.Identity;

/// <summary>
/// Answers "may the current user do X?" from stored grants (roles ∪ user). The granted set is loaded
/// once per request (this service is scoped), however many checks the request makes.
/// </summary>
public class PermissionChecker(ICurrentUser currentUser, IPermissionGrantRepository grants)
{
    private HashSet<string>? _granted;

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken = default)
    {
        if (_granted is not null)
        {
            return _granted;
        }

        if (!currentUser.IsAuthenticated || currentUser.Id is not { } userId)
        {
            return _granted = [];
        }

        var names = await grants.GetGrantedNamesAsync(currentUser.Roles, userId, cancellationToken);
        return _granted = names.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default) =>
        (await GetGrantedAsync(cancellationToken)).Contains(permission);
}
