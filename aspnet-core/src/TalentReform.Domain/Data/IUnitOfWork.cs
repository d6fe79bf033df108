namespace TalentReform.Data;

/// <summary>
/// One database transaction around several saves (a reduced form of ABP's IUnitOfWork): what a multi-step
/// write such as an Excel import needs, where each step saves so that the next one sees it, but the whole
/// is kept or dropped together.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, committed only when it returns <c>Commit = true</c>
    /// and rolled back otherwise (also on an exception). On a transient failure the provider may run the
    /// whole work again, so it must start from scratch each time.
    /// </summary>
    Task<TResult> RunInTransactionAsync<TResult>(
        Func<CancellationToken, Task<(TResult Result, bool Commit)>> work, CancellationToken cancellationToken = default);

    /// <summary>Forgets every tracked entity (unsaved changes are dropped; saved ones stay in the transaction).</summary>
    void DiscardPendingChanges();
}
