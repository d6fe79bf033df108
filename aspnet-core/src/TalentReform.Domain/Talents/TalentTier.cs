using TalentReform.Entities;

namespace TalentReform.Talents;

/// <summary>
/// 人才分类: one of a zone's tiers A–E, with its name and the criteria a talent must meet to be certified to it
/// (e.g. B 国家级领军人才: 国家级人才计划入选者 …). Each zone words its own criteria.
/// </summary>
public class TalentTier : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public TalentTierLevel Level { get; private set; }
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public string CriteriaZh { get; private set; } = "";
    public string CriteriaEn { get; private set; } = "";

    protected TalentTier()
    {
    }

    public TalentTier(Guid id, Guid zoneId, TalentTierLevel level, string nameZh, string nameEn, string criteriaZh, string criteriaEn)
        : base(id)
    {
        ZoneId = zoneId;
        Level = level;
        Describe(nameZh, nameEn, criteriaZh, criteriaEn);
    }

    public void Describe(string nameZh, string nameEn, string criteriaZh, string criteriaEn)
    {
        NameZh = Check.NotNullOrWhiteSpace(nameZh, nameof(nameZh)).Trim();
        NameEn = Check.NotNullOrWhiteSpace(nameEn, nameof(nameEn)).Trim();
        CriteriaZh = criteriaZh?.Trim() ?? "";
        CriteriaEn = criteriaEn?.Trim() ?? "";
    }
}
