using TalentReform.Entities;

namespace TalentReform.Notifications;

/// <summary>
/// An in-app notice to one user (a step to approve, a step overdue, a document decided, a plan applied). The text is
/// built when read, in the reader's language, from <see cref="Kind"/> and the stored arguments. Not an
/// aggregate: notices are not audited, only created and marked read.
/// </summary>
public class Notification : Entity, IMultiZone, IHasCreationTime
{
    public Guid? ZoneId { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>The document the notice is about (a staffing plan unless <see cref="DocumentKind"/> says otherwise), for the link.</summary>
    public Guid? DocumentId { get; private set; }

    /// <summary>
    /// For the approval engine's notices, the kind of document (<c>StaffingPlan</c>, ...): the text names the document by
    /// its kind ("ApprovalDocumentKind:{kind}", appended to the arguments when read).
    /// </summary>
    public string? DocumentKind { get; private set; }

    /// <summary>
    /// The kind of the document the notice links to: its <see cref="DocumentKind"/>, or for a notice stored before
    /// notices carried kinds (a plan applied, its apply failed), a staffing plan, the only kind there was.
    /// </summary>
    public string? LinkedDocumentKind => DocumentId is null ? null : DocumentKind ?? KindBeforeKinds;

    private const string KindBeforeKinds = "StaffingPlan";

    /// <summary>Arguments of the text "Notification:{Kind}", separated by a unit separator character.</summary>
    public string Arguments { get; private set; } = "";

    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    private const char Separator = '\u001f';

    protected Notification()
    {
    }

    public Notification(Guid id, Guid zoneId, Guid userId, NotificationKind kind, Guid? documentId, IEnumerable<string> arguments, DateTimeOffset now, string? documentKind = null)
        : base(id)
    {
        ZoneId = zoneId;
        UserId = userId;
        Kind = kind;
        DocumentId = documentId;
        DocumentKind = documentKind;
        Arguments = string.Join(Separator, arguments.Select(a => a.Replace(Separator, ' ')));
        CreationTime = now;
    }

    public IReadOnlyList<string> ArgumentList => Arguments.Split(Separator);

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
