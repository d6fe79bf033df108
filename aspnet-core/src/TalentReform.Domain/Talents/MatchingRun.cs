using TalentReform.Entities;

namespace TalentReform.Talents;

/// <summary>One 免申即享 matching run over a zone: how far it got and what it changed.</summary>
public class MatchingRun : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int Total { get; private set; }
    public int Processed { get; private set; }
    public int Created { get; private set; }
    public int Changed { get; private set; }
    public int Revoked { get; private set; }

    /// <summary>Who started it: a user, or null for the nightly run.</summary>
    public Guid? StartedBy { get; private set; }

    /// <summary>Why the run stopped before its end, if it did.</summary>
    public string? Failure { get; private set; }

    public bool IsRunning => CompletedAt is null;

    protected MatchingRun()
    {
    }

    public MatchingRun(Guid id, Guid zoneId, Guid? startedBy, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        StartedBy = startedBy;
        StartedAt = now;
    }

    public void Begin(int total) => Total = total;

    public void Advance(int processed, int created, int changed, int revoked)
    {
        Processed = processed;
        Created = created;
        Changed = changed;
        Revoked = revoked;
    }

    public void Complete(DateTimeOffset now) => CompletedAt = now;

    public void Fail(string failure, DateTimeOffset now)
    {
        Failure = failure.Length > 500 ? failure[..500] : failure;
        CompletedAt = now;
    }
}
