using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using TalentReform.Identity;

namespace TalentReform.Account;

/// <summary>
/// Failed sign-ins for user names that belong to nobody, counted and locked out exactly like a real account's
/// (same threshold, same lockout time, same answers), so the lockout answer does not reveal which names exist.
/// A wrong password is checked against a dummy hash, so both cost one hash. Bounded: at most
/// <see cref="MaxTrackedNames"/> names are remembered (the per-IP sign-in rate limit keeps floods slow).
/// </summary>
public sealed class UnknownUserSignIns(TimeProvider clock) : IDisposable
{
    public const int MaxTrackedNames = 10_000;

    private static readonly AppUser DummyUser = new(Guid.Empty, "unknown", "unknown", null, DateTimeOffset.UnixEpoch);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = MaxTrackedNames });
    private string? _dummyHash;

    /// <summary>Records a failed sign-in of an unknown name; returns the error code a real account would get.</summary>
    public string Fail(string normalizedUserName, string password, IPasswordHasher<AppUser> hasher, LockoutOptions lockout)
    {
        var now = clock.GetUtcNow();
        var state = _failures.GetOrCreate(normalizedUserName, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            return new FailureState();
        })!;

        lock (state)
        {
            // A locked-out real account is refused before its password is checked; so is this name.
            if (state.LockedUntil > now)
            {
                return TalentReformErrorCodes.UserLockedOut;
            }

            _dummyHash ??= hasher.HashPassword(DummyUser, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(DummyUser, _dummyHash, password);

            // As UserManager.AccessFailedAsync: the count restarts when the lockout begins.
            if (++state.Count < lockout.MaxFailedAccessAttempts)
            {
                return TalentReformErrorCodes.InvalidCredentials;
            }

            state.Count = 0;
            state.LockedUntil = now + lockout.DefaultLockoutTimeSpan;
            return TalentReformErrorCodes.UserLockedOut;
        }
    }

    public void Dispose() => _failures.Dispose();

    private sealed class FailureState
    {
        public int Count { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
