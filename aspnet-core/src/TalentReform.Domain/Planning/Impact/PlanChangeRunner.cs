using TalentReform.Localization;
using TalentReform.Planning.Changes;

namespace TalentReform.Planning.Impact;

/// <summary>Runs a plan's changes in order on a structure; a refused change is reported with its number and type.</summary>
public static class PlanChangeRunner
{
    public static void Run(
        ZoneStructure structure, IReadOnlyList<PlanChangeSpec> changes, Action<int>? afterEach = null, Action<PlanChangeSpec>? beforeEach = null)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            beforeEach?.Invoke(changes[i]);
            ApplyOne(structure, changes[i], i + 1);
            afterEach?.Invoke(i + 1);
        }
    }

    public static void ApplyOne(ZoneStructure structure, PlanChangeSpec change, int number)
    {
        try
        {
            change.ApplyTo(structure);
        }
        catch (BusinessException e)
        {
            throw new BusinessException(
                TalentReformErrorCodes.PlanChangeRefused, number, LocalizedEnum.Of(change.Type), new LocalizedText(e.Code, e.Args.ToArray()));
        }
        catch (ArgumentException)
        {
            // Out-of-range figures the input validation lets through only when a stored change was written by an older rule set.
            throw new BusinessException(
                TalentReformErrorCodes.PlanChangeRefused, number, LocalizedEnum.Of(change.Type), new LocalizedText(TalentReformErrorCodes.ValidationFailed));
        }
    }
}
