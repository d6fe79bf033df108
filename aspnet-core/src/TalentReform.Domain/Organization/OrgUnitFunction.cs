using TalentReform.Entities;

namespace TalentReform.Organization;

/// <summary>One numbered duty clause of a unit's 三定 definition (职能); posts cite it by id.</summary>
public class OrgUnitFunction : Entity
{
    public Guid OrgUnitId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = null!;

    protected OrgUnitFunction()
    {
    }

    internal OrgUnitFunction(Guid id, Guid orgUnitId, int number, string text)
        : base(id)
    {
        OrgUnitId = orgUnitId;
        Change(number, text);
    }

    internal void MoveTo(Guid orgUnitId, int number)
    {
        OrgUnitId = orgUnitId;
        Number = number;
    }

    internal void Change(int number, string text)
    {
        Number = number;
        Text = Check.NotNullOrWhiteSpace(text, nameof(text)).Trim();
    }
}
