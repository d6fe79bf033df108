using TalentReform.Entities;

namespace TalentReform.Recruitment;

/// <summary>One proposed hire on a 公示: the application, its position and the name printed on the notice.</summary>
public class PublicityEntry : Entity
{
    public Guid PublicityId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid PositionId { get; private set; }
    public string CandidateName { get; private set; } = null!;

    protected PublicityEntry()
    {
    }

    internal PublicityEntry(Guid id, Guid publicityId, Application application)
        : base(id)
    {
        PublicityId = publicityId;
        ApplicationId = application.Id;
        PositionId = application.PositionId;
        CandidateName = application.CandidateName;
    }
}
