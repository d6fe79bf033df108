using TalentReform.Entities;
using TalentReform.Planning.Changes;

namespace TalentReform.Planning;

/// <summary>One change of a plan, in its place in the order, stored as its type and the typed change as JSON.</summary>
public class PlanChange : Entity
{
    private PlanChangeSpec? _spec;

    public Guid PlanId { get; private set; }
    public int Sequence { get; private set; }
    public PlanChangeType Type { get; private set; }
    public string Payload { get; private set; } = null!;

    public PlanChangeSpec Spec => _spec ??= PlanChangeSpec.FromJson(Payload);

    protected PlanChange()
    {
    }

    internal PlanChange(Guid id, Guid planId, int sequence, PlanChangeSpec spec)
        : base(id)
    {
        PlanId = planId;
        Sequence = sequence;
        Replace(spec);
    }

    internal void Replace(PlanChangeSpec spec)
    {
        Type = spec.Type;
        Payload = spec.ToJson();
        _spec = spec;
    }

    internal void MoveTo(int sequence) => Sequence = sequence;
}
