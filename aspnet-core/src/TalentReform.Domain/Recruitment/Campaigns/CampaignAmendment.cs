using System.Text.Json;
using TalentReform.Entities;

namespace TalentReform.Recruitment;

/// <summary>One announced condition before and after a 变更公告 (null: not set / 不限).</summary>
public sealed record CampaignConditionChange(string Field, string? Before, string? After);

/// <summary>
/// 变更公告: the only way a published campaign's conditions change (令第35号 第十五条(四) makes any other change a
/// violation). Records what changed, why, who and when.
/// </summary>
public class CampaignAmendment : Entity
{
    public Guid CampaignId { get; private set; }

    /// <summary>1, 2, … in the order of the campaign's amendments.</summary>
    public int Sequence { get; private set; }

    public string Reason { get; private set; } = null!;

    /// <summary>The changed conditions (JSON list of <see cref="CampaignConditionChange"/>).</summary>
    public string ChangesJson { get; private set; } = null!;

    public Guid AmendedBy { get; private set; }
    public string AmendedByName { get; private set; } = null!;
    public DateTimeOffset AmendedAt { get; private set; }

    public IReadOnlyList<CampaignConditionChange> Changes => JsonSerializer.Deserialize<List<CampaignConditionChange>>(ChangesJson) ?? [];

    protected CampaignAmendment()
    {
    }

    internal CampaignAmendment(
        Guid id, Guid campaignId, int sequence, string reason, IReadOnlyList<CampaignConditionChange> changes, Guid amendedBy, string amendedByName, DateTimeOffset now)
        : base(id)
    {
        CampaignId = campaignId;
        Sequence = sequence;
        Reason = reason;
        ChangesJson = JsonSerializer.Serialize(changes);
        AmendedBy = amendedBy;
        AmendedByName = amendedByName;
        AmendedAt = now;
    }
}
