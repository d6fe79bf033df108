using TalentReform.Entities;

namespace TalentReform.Recruitment;

/// <summary>
/// 异议: who raised what against which proposed hire and when it was received; then how HR resolved it, by whom and
/// when. Upheld fails the candidate (递补 applies); dismissed is only recorded.
/// </summary>
public class PublicityObjection : Entity
{
    public Guid PublicityId { get; private set; }
    public Guid ApplicationId { get; private set; }

    /// <summary>反映人 as given (may be "匿名": objections by letter or phone need not be signed).</summary>
    public string RaisedBy { get; private set; } = null!;

    public string Content { get; private set; } = null!;
    public DateTimeOffset ReceivedAt { get; private set; }
    public Guid RecordedBy { get; private set; }
    public ObjectionResolution Resolution { get; private set; }
    public string? ResolutionNote { get; private set; }
    public Guid? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    protected PublicityObjection()
    {
    }

    internal PublicityObjection(Guid id, Guid publicityId, Guid applicationId, string raisedBy, string content, DateTimeOffset receivedAt, Guid recordedBy)
        : base(id)
    {
        PublicityId = publicityId;
        ApplicationId = applicationId;
        RaisedBy = Text(raisedBy, RecruitmentPublicityConsts.MaxRaisedByLength);
        Content = Text(content, RecruitmentPublicityConsts.MaxContentLength);
        ReceivedAt = receivedAt;
        RecordedBy = recordedBy;
        Resolution = ObjectionResolution.Pending;
    }

    internal void Resolve(ObjectionResolution resolution, string note, Guid userId, DateTimeOffset now)
    {
        if (Resolution != ObjectionResolution.Pending)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityObjectionAlreadyResolved);
        }

        if (resolution == ObjectionResolution.Pending)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityObjectionInvalid);
        }

        Resolution = resolution;
        ResolutionNote = Text(note, RecruitmentPublicityConsts.MaxNoteLength);
        ResolvedBy = userId;
        ResolvedAt = now;
    }

    internal static string Text(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength
            ? throw new BusinessException(TalentReformErrorCodes.PublicityObjectionInvalid)
            : value.Trim();
}
