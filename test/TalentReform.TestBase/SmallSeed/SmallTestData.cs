using TalentReform.Organization;

namespace TalentReform;

/// <summary>
/// The small seed with well-known ids (as ABP's test data classes): two zones and a three-level organisation in
/// the first, one unit in the second. Application tests start from it instead of the three demo zones, so each
/// test restores a few kilobytes, and an expected count is readable from this file.
/// </summary>
public static class SmallTestData
{
    public static readonly DateOnly EffectiveFrom = new(2024, 1, 1);

    public static class Alpha
    {
        public static readonly Guid ZoneId = Guid.Parse("3a1d0000-0000-0000-0000-0000000a0000");
        public const string ZoneCode = "alpha";

        /// <summary>管委会, code 0001.</summary>
        public static readonly Unit Committee = new(Guid.Parse("3a1d0000-0000-0000-0000-0000000a0001"), "0001", OrgUnitKind.ManagementCommittee, "甲园区管委会", "Alpha Zone Committee");

        /// <summary>科技创新局 under the committee, code 0001.0001.</summary>
        public static readonly Unit Science = new(Guid.Parse("3a1d0000-0000-0000-0000-0000000a0002"), "0001.0001", OrgUnitKind.Department, "科技创新局", "Science and Innovation Bureau");

        /// <summary>经济发展局 under the committee, code 0001.0002.</summary>
        public static readonly Unit Economy = new(Guid.Parse("3a1d0000-0000-0000-0000-0000000a0003"), "0001.0002", OrgUnitKind.Department, "经济发展局", "Economic Development Bureau");

        /// <summary>科研管理科 under 科技创新局, code 0001.0001.0001.</summary>
        public static readonly Unit Research = new(Guid.Parse("3a1d0000-0000-0000-0000-0000000a0004"), "0001.0001.0001", OrgUnitKind.Section, "科研管理科", "Research Management Section");

        public static readonly IReadOnlyList<Unit> Units = [Committee, Science, Economy, Research];
    }

    public static class Beta
    {
        public static readonly Guid ZoneId = Guid.Parse("3a1d0000-0000-0000-0000-0000000b0000");
        public const string ZoneCode = "beta";

        public static readonly Unit Committee = new(Guid.Parse("3a1d0000-0000-0000-0000-0000000b0001"), "0001", OrgUnitKind.ManagementCommittee, "乙园区管委会", "Beta Zone Committee");

        public static readonly IReadOnlyList<Unit> Units = [Committee];
    }

    public sealed record Unit(Guid Id, string Code, OrgUnitKind Kind, string NameZh, string NameEn);
}
