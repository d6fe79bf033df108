using System.Globalization;
using TalentReform.Staffing;

namespace TalentReform.Talents.Rules;

/// <summary>A fault in a rule definition: where (a path like <c>condition.children[1].values[0]</c>), what (error code) and the details.</summary>
public sealed record RuleValidationError(string Path, string Code, IReadOnlyList<object?> Args);

/// <summary>
/// Checks a benefit rule before it is saved: every group has conditions (a Not exactly one), every comparison
/// names a field, uses an operator its type supports and values of the field's type in the right number, the
/// amount table has entries, and installment shares are positive and add up to 100 %. All faults are returned.
/// </summary>
public static class RuleValidator
{
    public static List<RuleValidationError> Validate(BenefitRuleDefinition rule)
    {
        var errors = new List<RuleValidationError>();
        var count = 0;
        ValidateCondition(rule.Condition, "condition", 1, errors, ref count);
        if (count > BenefitRuleConsts.MaxConditions)
        {
            errors.Add(new("condition", TalentReformErrorCodes.RuleTooManyConditions, [BenefitRuleConsts.MaxConditions]));
        }

        ValidateAmount(rule.Amount, errors);
        ValidateSchedule(rule.Schedule, errors);
        if (rule.CommitmentYears is < 1 or > BenefitRuleConsts.MaxCommitmentYears)
        {
            errors.Add(new("commitmentYears", TalentReformErrorCodes.RuleCommitmentInvalid, [rule.CommitmentYears, BenefitRuleConsts.MaxCommitmentYears]));
        }

        return errors;
    }

    private static void ValidateCondition(RuleCondition condition, string path, int depth, List<RuleValidationError> errors, ref int count)
    {
        count++;
        if (depth > BenefitRuleConsts.MaxDepth)
        {
            errors.Add(new(path, TalentReformErrorCodes.RuleTooDeep, [BenefitRuleConsts.MaxDepth]));
            return;
        }

        if (condition.Kind != ConditionKind.Compare)
        {
            var children = condition.Children ?? [];
            if (children.Count == 0)
            {
                errors.Add(new(path, TalentReformErrorCodes.RuleGroupEmpty, []));
            }
            else if (condition.Kind == ConditionKind.Not && children.Count != 1)
            {
                errors.Add(new(path, TalentReformErrorCodes.RuleNotNeedsOneCondition, [children.Count]));
            }

            for (var i = 0; i < children.Count; i++)
            {
                ValidateCondition(children[i], $"{path}.children[{i}]", depth + 1, errors, ref count);
            }

            return;
        }

        if (condition.Field is not { } field || condition.Operator is not { } op)
        {
            errors.Add(new(path, TalentReformErrorCodes.RuleFieldMissing, []));
            return;
        }

        var type = ProfileFields.TypeOf(field);
        if (!ConditionOperators.Supports(type, op))
        {
            errors.Add(new($"{path}.operator", TalentReformErrorCodes.RuleOperatorNotForType, [op.ToString(), field.ToString()]));
            return;
        }

        var values = condition.Values ?? [];
        var (min, max) = ConditionOperators.ValueCount(op);
        if (values.Count < min || values.Count > max)
        {
            errors.Add(new($"{path}.values", TalentReformErrorCodes.RuleValueCount, [op.ToString(), min, max, values.Count]));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!TryParse(type, values[i], out _))
            {
                errors.Add(new($"{path}.values[{i}]", TalentReformErrorCodes.RuleValueWrongType, [values[i], field.ToString(), type.ToString()]));
            }
        }
    }

    /// <summary>A condition value as the comparable value of the field's type (degrees and tiers ordered, A highest).</summary>
    public static bool TryParse(ProfileFieldType type, string text, out object? value)
    {
        value = null;
        switch (type)
        {
            case ProfileFieldType.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case ProfileFieldType.Boolean when bool.TryParse(text, out var flag):
                value = flag;
                return true;
            case ProfileFieldType.Degree when Enum.TryParse<EducationDegree>(text, ignoreCase: false, out var degree) && Enum.IsDefined(degree):
                value = degree;
                return true;
            case ProfileFieldType.Tier when Enum.TryParse<TalentTierLevel>(text, ignoreCase: false, out var tier) && Enum.IsDefined(tier):
                value = tier;
                return true;
            case ProfileFieldType.Text when !string.IsNullOrWhiteSpace(text) && text.Length <= BenefitRuleConsts.MaxValueLength:
                value = text.Trim();
                return true;
            default:
                return false;
        }
    }

    private static void ValidateAmount(BenefitAmount amount, List<RuleValidationError> errors)
    {
        if (amount.Kind is BenefitAmountKind.ByTier or BenefitAmountKind.ByDegree && (amount.Table is null || amount.Table.Count == 0))
        {
            errors.Add(new("amount.table", TalentReformErrorCodes.RuleAmountTableMissing, []));
        }

        var keyType = amount.Kind == BenefitAmountKind.ByTier ? ProfileFieldType.Tier : ProfileFieldType.Degree;
        foreach (var key in amount.Kind is BenefitAmountKind.ByTier or BenefitAmountKind.ByDegree ? amount.Table?.Keys ?? [] : [])
        {
            if (!TryParse(keyType, key, out _))
            {
                errors.Add(new($"amount.table.{key}", TalentReformErrorCodes.RuleValueWrongType, [key, amount.Kind.ToString(), keyType.ToString()]));
            }
        }
    }

    private static void ValidateSchedule(PaymentSchedule schedule, List<RuleValidationError> errors)
    {
        if (schedule.Kind == PaymentScheduleKind.LumpSum)
        {
            return;
        }

        var shares = schedule.Shares ?? [];
        if (shares.Count is 0 or > BenefitRuleConsts.MaxInstallments || shares.Any(s => s <= 0) || Math.Abs(shares.Sum() - 1m) > BenefitRuleConsts.ShareTolerance)
        {
            errors.Add(new("schedule.shares", TalentReformErrorCodes.RuleScheduleSharesInvalid, [string.Join(" + ", shares.Select(s => s.ToString(CultureInfo.InvariantCulture)))]));
        }
    }
}
