using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Validation;

namespace TalentReform.Talents;

/// <summary>A node of a benefit rule's condition tree (see the domain's RuleCondition): a group or a comparison.</summary>
public class RuleConditionDto
{
    [Required]
    public ConditionKind Kind { get; set; }

    public List<RuleConditionDto>? Children { get; set; }

    public ProfileField? Field { get; set; }

    public ConditionOperator? Operator { get; set; }

    /// <summary>Invariant text: "35", "Master", "B", "true", "2024-01-01".</summary>
    public List<string>? Values { get; set; }
}

public class BenefitAmountDto
{
    [Required]
    public BenefitAmountKind Kind { get; set; }

    [Range(typeof(decimal), "0", "100000000", ParseLimitsInInvariantCulture = true)]
    public decimal? Fixed { get; set; }

    /// <summary>For ByTier / ByDegree: tier letter or degree name → yuan.</summary>
    public Dictionary<string, decimal>? Table { get; set; }
}

public class PaymentScheduleDto
{
    [Required]
    public PaymentScheduleKind Kind { get; set; }

    /// <summary>For Yearly: each year's share, adding up to 1.</summary>
    public List<decimal>? Shares { get; set; }
}

public class BenefitRuleDto
{
    [Required]
    [StringLength(TalentPolicyConsts.MaxCodeLength, MinimumLength = 1)]
    [RegularExpression("^[A-Za-z0-9_-]+$")]
    public string Code { get; set; } = "";

    [Required]
    [StringLength(TalentPolicyConsts.MaxTitleLength, MinimumLength = 1)]
    public string NameZh { get; set; } = "";

    [Required]
    [StringLength(TalentPolicyConsts.MaxTitleLength, MinimumLength = 1)]
    public string NameEn { get; set; } = "";

    [Required]
    public RuleConditionDto Condition { get; set; } = new();

    [Required]
    public BenefitAmountDto Amount { get; set; } = new();

    [Required]
    public PaymentScheduleDto Schedule { get; set; } = new();

    [StringLength(TalentPolicyConsts.MaxCodeLength)]
    public string? ExclusivityGroup { get; set; }

    /// <summary>The article of the policy document the benefit rests on (第五条).</summary>
    [StringLength(TalentPolicyConsts.MaxCodeLength)]
    public string? Article { get; set; }

    /// <summary>服务期 in years; leaving earlier claws back a share of what was paid.</summary>
    public int? CommitmentYears { get; set; }
}

/// <param name="Title">In the reader's language.</param>
/// <param name="EntitlementCount">Entitlements (not revoked) granted under this version.</param>
/// <param name="IsInForce">Published and in its effective period today.</param>
public record TalentPolicyDto(
    Guid Id, string Code, int Version, string Title, string TitleZh, string TitleEn, string Document, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    TalentPolicyStatus Status, bool ReassessGranted, DateTimeOffset? PublishedAt, bool IsInForce, int EntitlementCount, IReadOnlyList<BenefitRuleDto> Rules,
    string ConcurrencyStamp);

public class GetTalentPoliciesInput
{
    /// <summary>Every version of this code; without it, the newest version of each policy.</summary>
    [StringLength(TalentPolicyConsts.MaxCodeLength)]
    public string? Code { get; set; }
}

public class CreateTalentPolicyDto
{
    [Required]
    [StringLength(TalentPolicyConsts.MaxCodeLength, MinimumLength = 1)]
    [RegularExpression("^[A-Za-z0-9_-]+$")]
    public string Code { get; set; } = "";

    [Required]
    [StringLength(TalentPolicyConsts.MaxTitleLength, MinimumLength = 1)]
    public string TitleZh { get; set; } = "";

    [Required]
    [StringLength(TalentPolicyConsts.MaxTitleLength, MinimumLength = 1)]
    public string TitleEn { get; set; } = "";

    [Required]
    [StringLength(TalentPolicyConsts.MaxDocumentLength, MinimumLength = 1)]
    public string Document { get; set; } = "";

    [Required]
    [BusinessDate]
    public DateOnly EffectiveFrom { get; set; }

    [BusinessDate]
    public DateOnly? EffectiveTo { get; set; }

    public bool ReassessGranted { get; set; }

    [MaxLength(TalentPolicyConsts.MaxRules)]
    public List<BenefitRuleDto> Rules { get; set; } = [];
}

public class UpdateTalentPolicyDto : CreateTalentPolicyDto
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>"Test this rule": a rule (saved or still being edited) against one talent profile, on a date.</summary>
public class TestBenefitRuleDto
{
    [Required]
    public Guid ProfileId { get; set; }

    [Required]
    public BenefitRuleDto Rule { get; set; } = new();

    /// <summary>The policy the rule belongs to, for the title and document shown with the result.</summary>
    public Guid? PolicyId { get; set; }

    [BusinessDate]
    public DateOnly? On { get; set; }
}

public interface ITalentPolicyAppService
{
    Task<IReadOnlyList<TalentPolicyDto>> GetListAsync(GetTalentPoliciesInput input, CancellationToken cancellationToken = default);

    Task<TalentPolicyDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A new policy, version 1, as a draft.</summary>
    Task<TalentPolicyDto> CreateAsync(CreateTalentPolicyDto input, CancellationToken cancellationToken = default);

    /// <summary>Edits a draft (text, period, rules); a rule fault answers 400 with its path.</summary>
    Task<TalentPolicyDto> UpdateAsync(Guid id, UpdateTalentPolicyDto input, CancellationToken cancellationToken = default);

    /// <summary>Replaces the rules of a draft only.</summary>
    Task<TalentPolicyDto> UpdateRulesAsync(Guid id, List<BenefitRuleDto> rules, CancellationToken cancellationToken = default);

    /// <summary>A draft of the next version, copied from this published one (one open draft per policy).</summary>
    Task<TalentPolicyDto> CreateVersionAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Puts a draft in force; the version it replaces ends the day before.</summary>
    Task<TalentPolicyDto> PublishAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default);

    Task<TalentPolicyDto> RetireAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Evaluates one rule against one profile and explains every condition; nothing is stored.</summary>
    Task<BenefitResultDto> TestRuleAsync(TestBenefitRuleDto input, CancellationToken cancellationToken = default);
}
