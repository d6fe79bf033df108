namespace TalentReform.Staffing;

/// <summary>A post cites a duty clause (OrgUnitFunction id) of its unit: the 三定 link between post and 职能.</summary>
public class PostDutyClause
{
    public Guid PostId { get; private set; }
    public Guid FunctionId { get; private set; }

    protected PostDutyClause()
    {
    }

    internal PostDutyClause(Guid postId, Guid functionId)
    {
        PostId = postId;
        FunctionId = functionId;
    }
}
