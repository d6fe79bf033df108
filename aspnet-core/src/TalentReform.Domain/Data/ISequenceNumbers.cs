namespace TalentReform.Data;

/// <summary>
/// Named counters kept in the database (a plan number per zone and year, ...). Numbers are handed out by an
/// atomic increment of the counter's row, so concurrent callers never get the same number and never fail:
/// reading the highest number in use and adding one races against a unique index instead.
/// </summary>
public interface ISequenceNumbers
{
    /// <summary>
    /// The next number of <paramref name="sequence"/>, and at least <paramref name="atLeast"/> + 1 (numbers taken
    /// before the counter existed). Inside the caller's transaction the counter row stays locked until it
    /// ends, so a rolled-back save gives its number back; without one the number is taken at once.
    /// </summary>
    Task<int> NextAsync(string sequence, int atLeast, CancellationToken cancellationToken = default);
}
