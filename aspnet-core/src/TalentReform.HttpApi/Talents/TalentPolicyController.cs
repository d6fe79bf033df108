using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Talents;

[ApiController]
[Route("api/app/talent-policies")]
[Authorize(TalentReformPermissions.TalentPolicies.Default)]
public class TalentPolicyController(ITalentPolicyAppService policies) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<TalentPolicyDto>> GetListAsync([FromQuery] GetTalentPoliciesInput input, CancellationToken cancellationToken) =>
        policies.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<TalentPolicyDto> GetAsync(Guid id, CancellationToken cancellationToken) => policies.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.TalentPolicies.Manage)]
    public Task<TalentPolicyDto> CreateAsync(CreateTalentPolicyDto input, CancellationToken cancellationToken) => policies.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.TalentPolicies.Manage)]
    public Task<TalentPolicyDto> UpdateAsync(Guid id, UpdateTalentPolicyDto input, CancellationToken cancellationToken) =>
        policies.UpdateAsync(id, input, cancellationToken);

    /// <summary>Replaces a draft's benefit rules; a fault answers 400 with the path of each fault.</summary>
    [HttpPut("{id:guid}/rules")]
    [Authorize(TalentReformPermissions.TalentPolicies.Manage)]
    public Task<TalentPolicyDto> UpdateRulesAsync(Guid id, List<BenefitRuleDto> rules, CancellationToken cancellationToken) =>
        policies.UpdateRulesAsync(id, rules, cancellationToken);

    /// <summary>A draft of the next version of a published policy.</summary>
    [HttpPost("{id:guid}/versions")]
    [Authorize(TalentReformPermissions.TalentPolicies.Manage)]
    public Task<TalentPolicyDto> CreateVersionAsync(Guid id, CancellationToken cancellationToken) => policies.CreateVersionAsync(id, cancellationToken);

    [HttpPost("{id:guid}/publish")]
    [Authorize(TalentReformPermissions.TalentPolicies.Publish)]
    public Task<TalentPolicyDto> PublishAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken) =>
        policies.PublishAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/retire")]
    [Authorize(TalentReformPermissions.TalentPolicies.Publish)]
    public Task<TalentPolicyDto> RetireAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken) =>
        policies.RetireAsync(id, input, cancellationToken);

    /// <summary>Deletes a draft.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.TalentPolicies.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await policies.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>"Test this rule" against one profile; nothing is stored.</summary>
    [HttpPost("test-rule")]
    [Authorize(TalentReformPermissions.TalentPolicies.Manage)]
    public Task<BenefitResultDto> TestRuleAsync(TestBenefitRuleDto input, CancellationToken cancellationToken) => policies.TestRuleAsync(input, cancellationToken);
}
