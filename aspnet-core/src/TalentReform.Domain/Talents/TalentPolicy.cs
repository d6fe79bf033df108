using System.Text.Json;
using System.Text.Json.Serialization;
using TalentReform.Entities;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 人才政策: one version of a zone's talent policy — its issuing document, effective period and benefit rules,
/// which are data (condition trees, amounts, schedules, exclusivity groups), validated before they are kept.
/// </summary>
public class TalentPolicy : AggregateRoot, IMultiZone
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private IReadOnlyList<BenefitRuleDefinition>? _rules;

    public Guid? ZoneId { get; private set; }
    public string Code { get; private set; } = null!;
    public int Version { get; private set; }
    public string TitleZh { get; private set; } = null!;
    public string TitleEn { get; private set; } = null!;

    /// <summary>The issuing document (e.g. 大高管发〔2024〕5号).</summary>
    public string Document { get; private set; } = null!;

    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public TalentPolicyStatus Status { get; private set; }

    /// <summary>The benefit rules as JSON (see <see cref="Rules"/>).</summary>
    public string RulesJson { get; private set; } = "[]";

    public IReadOnlyList<BenefitRuleDefinition> Rules => _rules ??= JsonSerializer.Deserialize<List<BenefitRuleDefinition>>(RulesJson, Json) ?? [];

    protected TalentPolicy()
    {
    }

    public TalentPolicy(
        Guid id, Guid zoneId, string code, int version, string titleZh, string titleEn, string document, DateOnly effectiveFrom, DateOnly? effectiveTo,
        IReadOnlyList<BenefitRuleDefinition> rules)
        : base(id)
    {
        ZoneId = zoneId;
        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim();
        Version = version;
        TitleZh = Check.NotNullOrWhiteSpace(titleZh, nameof(titleZh)).Trim();
        TitleEn = Check.NotNullOrWhiteSpace(titleEn, nameof(titleEn)).Trim();
        Document = Check.NotNullOrWhiteSpace(document, nameof(document)).Trim();
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Status = TalentPolicyStatus.Draft;
        SetRules(rules);
    }

    /// <summary>Replaces the rules; refused with every fault and its path when a rule is not valid.</summary>
    public void SetRules(IReadOnlyList<BenefitRuleDefinition> rules)
    {
        var faults = rules.SelectMany((r, i) => RuleValidator.Validate(r).Select(e => e with { Path = $"rules[{i}].{e.Path}" })).ToList();
        if (faults.Count > 0)
        {
            throw new RuleValidationException(faults);
        }

        RulesJson = JsonSerializer.Serialize(rules, Json);
        _rules = rules;
    }

    public void Publish() => Status = TalentPolicyStatus.Published;

    public bool IsInForceOn(DateOnly date) =>
        Status == TalentPolicyStatus.Published && EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>A benefit rule that cannot be kept: every fault with its path (answered 400).</summary>
public sealed class RuleValidationException(IReadOnlyList<RuleValidationError> errors)
    : BusinessException(errors[0].Code, errors[0].Args.ToArray())
{
    public IReadOnlyList<RuleValidationError> Errors { get; } = errors;
}
