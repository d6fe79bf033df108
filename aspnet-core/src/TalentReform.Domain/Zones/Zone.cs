using TalentReform.Entities;

namespace TalentReform.Zones;

/// <summary>A high-tech zone (高新区 / 园区): the tenant. Host-level, so not itself zone-owned.</summary>
public class Zone : AggregateRoot, IHasCreationTime
{
    public string Code { get; private set; } = null!;
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public string Province { get; private set; } = null!;
    public DateOnly FoundedOn { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }

    protected Zone()
    {
    }

    public Zone(Guid id, string code, string nameZh, string nameEn, string province, DateOnly foundedOn, DateTimeOffset creationTime)
        : base(id)
    {
        Code = NormalizeCode(code);
        Rename(nameZh, nameEn);
        Province = Check.NotNullOrWhiteSpace(province, nameof(province)).Trim();
        FoundedOn = foundedOn;
        IsActive = true;
        CreationTime = creationTime;
    }

    public void Rename(string nameZh, string nameEn)
    {
        NameZh = Check.NotNullOrWhiteSpace(nameZh, nameof(nameZh)).Trim();
        NameEn = Check.NotNullOrWhiteSpace(nameEn, nameof(nameEn)).Trim();
    }

    public void Update(string nameZh, string nameEn, string province, DateOnly foundedOn, bool isActive)
    {
        Rename(nameZh, nameEn);
        Province = Check.NotNullOrWhiteSpace(province, nameof(province)).Trim();
        FoundedOn = foundedOn;
        IsActive = isActive;
    }

    public static string NormalizeCode(string code) => Check.NotNullOrWhiteSpace(code, nameof(code)).Trim().ToLowerInvariant();
}
