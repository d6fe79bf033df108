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

    /// <summary>
    /// Whether entitlements granted under earlier versions are re-assessed under this one. By default they are
    /// grandfathered: they stay on the version they were granted under.
    /// </summary>
    public bool ReassessGranted { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The benefit rules as JSON (see <see cref="Rules"/>).</summary>
    public string RulesJson { get; private set; } = "[]";

    public IReadOnlyList<BenefitRuleDefinition> Rules => _rules ??= JsonSerializer.Deserialize<List<BenefitRuleDefinition>>(RulesJson, Json) ?? [];

    protected TalentPolicy()
    {
    }

    public TalentPolicy(
        Guid id, Guid zoneId, string code, int version, string titleZh, string titleEn, string document, DateOnly effectiveFrom, DateOnly? effectiveTo,
        IReadOnlyList<BenefitRuleDefinition> rules, bool reassessGranted = false)
        : base(id)
    {
        ZoneId = zoneId;
        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim();
        Version = version;
        Status = TalentPolicyStatus.Draft;
        Describe(titleZh, titleEn, document, effectiveFrom, effectiveTo, reassessGranted);
        SetRules(rules);
    }

    /// <summary>Titles, issuing document, effective period and the grandfathering choice; a draft only.</summary>
    public void Describe(string titleZh, string titleEn, string document, DateOnly effectiveFrom, DateOnly? effectiveTo, bool reassessGranted)
    {
        EnsureDraft();
        if (effectiveTo < effectiveFrom)
        {
            throw new BusinessException(TalentReformErrorCodes.PolicyPeriodInvalid, effectiveFrom, effectiveTo);
        }

        TitleZh = Check.NotNullOrWhiteSpace(titleZh, nameof(titleZh)).Trim();
        TitleEn = Check.NotNullOrWhiteSpace(titleEn, nameof(titleEn)).Trim();
        Document = Check.NotNullOrWhiteSpace(document, nameof(document)).Trim();
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        ReassessGranted = reassessGranted;
    }

    /// <summary>Replaces the rules of a draft; refused with every fault and its path when a rule is not valid.</summary>
    public void SetRules(IReadOnlyList<BenefitRuleDefinition> rules)
    {
        EnsureDraft();
        var faults = rules.SelectMany((r, i) => RuleValidator.Validate(r).Select(e => e with { Path = $"rules[{i}].{e.Path}" })).ToList();
        faults.AddRange(rules.Select((r, i) => (r.Code, Index: i))
            .GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => g.Skip(1))
            .Select(r => new RuleValidationError($"rules[{r.Index}].code", TalentReformErrorCodes.RuleCodeDuplicate, [r.Code])));
        if (faults.Count > 0)
        {
            throw new RuleValidationException(faults);
        }

        RulesJson = JsonSerializer.Serialize(rules, Json);
        _rules = rules;
    }

    /// <summary>
    /// Puts this draft in force. The version it replaces (<paramref name="previous"/>) ends the day before this one
    /// starts, and stays readable for the entitlements granted under it.
    /// </summary>
    public void Publish(TalentPolicy? previous, DateTimeOffset now)
    {
        EnsureDraft();
        if (previous is not null && (previous.EffectiveTo is null || previous.EffectiveTo >= EffectiveFrom))
        {
            previous.EffectiveTo = previous.EffectiveFrom < EffectiveFrom ? EffectiveFrom.AddDays(-1) : previous.EffectiveFrom;
            if (previous.EffectiveFrom >= EffectiveFrom)
            {
                previous.Status = TalentPolicyStatus.Retired;
            }
        }

        Status = TalentPolicyStatus.Published;
        PublishedAt = now;
    }

    /// <summary>
    /// A new draft version with this version's text and rules, to edit and publish in its place: by default the
    /// next number and the same start; drafted from an older version it takes the number after the newest.
    /// </summary>
    public TalentPolicy NextVersion(Guid id, int? version = null, DateOnly? effectiveFrom = null)
    {
        if (Status != TalentPolicyStatus.Published)
        {
            throw new BusinessException(TalentReformErrorCodes.PolicyNotPublished, Code, Version);
        }

        return new TalentPolicy(id, ZoneId!.Value, Code, version ?? Version + 1, TitleZh, TitleEn, Document, effectiveFrom ?? EffectiveFrom, null, Rules);
    }

    /// <summary>Takes a published policy out of force from today (its entitlements stay as granted).</summary>
    public void Retire(DateOnly today)
    {
        if (Status != TalentPolicyStatus.Published)
        {
            throw new BusinessException(TalentReformErrorCodes.PolicyNotPublished, Code, Version);
        }

        Status = TalentPolicyStatus.Retired;
        EffectiveTo = EffectiveTo is { } to && to < today ? to : today.AddDays(-1) < EffectiveFrom ? EffectiveFrom : today.AddDays(-1);
    }

    private void EnsureDraft()
    {
        if (Status != TalentPolicyStatus.Draft)
        {
            throw new BusinessException(TalentReformErrorCodes.PolicyNotDraft, Code, Version);
        }
    }

    public bool IsInForceOn(DateOnly date) =>
        Status == TalentPolicyStatus.Published && EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>A benefit rule that cannot be kept: every fault with its path (answered 400).</summary>
public sealed class RuleValidationException(IReadOnlyList<RuleValidationError> errors)
    : BusinessException(errors[0].Code, errors[0].Args.ToArray())
{
    public IReadOnlyList<RuleValidationError> Errors { get; } = errors;
}
