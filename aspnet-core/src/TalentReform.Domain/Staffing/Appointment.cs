using TalentReform.Entities;

namespace TalentReform.Staffing;

/// <summary>
/// 实名制: binds one person to one post and to one quota slot of the post's staffing type in its unit
/// (<see cref="OrgUnitId"/> and <see cref="StaffingType"/> are copied from the post, so slots are counted
/// without joining posts). Created by <see cref="AppointmentManager"/>, which checks the slot is free.
/// </summary>
public class Appointment : AggregateRoot, IMultiZone, IHasCreationTime
{
    public Guid? ZoneId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid PostId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public StaffingType StaffingType { get; private set; }
    public AppointmentKind Kind { get; private set; }

    /// <summary>The person's main post; at most one active primary appointment per person.</summary>
    public bool IsPrimary { get; private set; }

    public DateOnly TermStart { get; private set; }
    public DateOnly? TermEnd { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }

    public bool IsActive => EndedOn is null;

    protected Appointment()
    {
    }

    internal Appointment(
        Guid id, Guid zoneId, Person person, Post post, AppointmentKind kind, bool isPrimary, DateOnly termStart, DateOnly? termEnd, DateTimeOffset creationTime)
        : base(id)
    {
        if (termEnd is { } end && end < termStart)
        {
            throw new BusinessException(TalentReformErrorCodes.AppointmentTermInvalid, termStart, end);
        }

        ZoneId = zoneId;
        PersonId = person.Id;
        PostId = post.Id;
        OrgUnitId = post.OrgUnitId;
        StaffingType = post.StaffingType;
        Kind = kind;
        IsPrimary = isPrimary;
        TermStart = termStart;
        TermEnd = termEnd;
        CreationTime = creationTime;
    }

    /// <summary>The post moved to another unit (划转 or a merge): the holder's slot moves with it.</summary>
    internal void FollowPost(Post post)
    {
        if (post.Id == PostId)
        {
            OrgUnitId = post.OrgUnitId;
        }
    }

    /// <summary>Ends the appointment (its last day is <paramref name="on"/>); the manager then vacates the post.</summary>
    internal void End(DateOnly on, string reason)
    {
        if (EndedOn is { } ended)
        {
            throw new BusinessException(TalentReformErrorCodes.AppointmentAlreadyEnded, ended);
        }

        if (on < TermStart)
        {
            throw new BusinessException(TalentReformErrorCodes.AppointmentEndBeforeStart, TermStart, on);
        }

        EndedOn = on;
        EndReason = Check.NotNullOrWhiteSpace(reason, nameof(reason)).Trim();
    }
}
