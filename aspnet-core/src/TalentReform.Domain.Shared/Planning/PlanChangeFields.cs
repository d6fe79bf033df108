namespace TalentReform.Planning;

/// <summary>
/// One field of the flat plan-change input that a change type uses. <paramref name="Name"/> is the JSON property
/// ("unitId"); a required field must be given (a non-blank text, a non-empty list), else the change is refused with
/// TalentReform:06010 naming <paramref name="Label"/> (a "PlanField:" text).
/// </summary>
public sealed record PlanChangeField(string Name, bool Required, string? Label = null);

/// <summary>
/// Which fields each <see cref="PlanChangeType"/> uses, in form order, and which of them it needs. The server's
/// conversion of a change refuses a missing required field from this table, and the application configuration
/// serves it to the change form, so both read the one list.
/// </summary>
public static class PlanChangeFields
{
    private static readonly IReadOnlyDictionary<PlanChangeType, IReadOnlyList<PlanChangeField>> Table =
        new Dictionary<PlanChangeType, IReadOnlyList<PlanChangeField>>
        {
            [PlanChangeType.CreateUnit] = [Opt("parentId"), Req("kind", "Kind"), Req("nameZh", "Names"), Req("nameEn", "Names"), Opt("functions")],
            [PlanChangeType.RenameUnit] = [Req("unitId", "UnitId"), Req("nameZh", "Names"), Req("nameEn", "Names"), Opt("shortName")],
            [PlanChangeType.MoveUnit] = [Req("unitId", "UnitId"), Opt("parentId")],
            [PlanChangeType.MergeUnits] = [Req("sourceUnitIds", "SourceUnitIds"), Req("unitId", "SurvivingUnitId")],
            [PlanChangeType.AbolishUnit] = [Req("unitId", "UnitId")],
            [PlanChangeType.SetFunctions] = [Req("unitId", "UnitId"), Req("functions", "Functions")],
            [PlanChangeType.SetLeadershipQuota] = [Req("unitId", "UnitId"), Req("heads", "Quota"), Req("deputies", "Quota")],
            [PlanChangeType.SetStaffingQuota] = [Req("unitId", "UnitId"), Req("staffingType", "StaffingType"), Req("approved", "Quota")],
            [PlanChangeType.CreatePost] =
            [
                Req("unitId", "UnitId"), Req("code", "Post"), Req("titleZh", "Post"), Req("titleEn", "Post"), Req("category", "Post"),
                Opt("level"), Req("staffingType", "StaffingType"), Opt("leadershipRole"), Opt("dutyClauseIds"),
            ],
            [PlanChangeType.AbolishPost] = [Req("postId", "PostId")],
            [PlanChangeType.MovePost] = [Req("postId", "PostId"), Req("unitId", "UnitId"), Opt("dutyClauseIds")],

            // The level is checked by the post-level rule of its category (PostLevels); no leadership role means none.
            [PlanChangeType.RegradePost] = [Req("postId", "PostId"), Req("category", "Grade"), Opt("level"), Opt("leadershipRole")],
            [PlanChangeType.ReassignPerson] = [Req("personId", "PersonId"), Req("targetPostId", "TargetPostId")],
            [PlanChangeType.EndAppointment] = [Req("personId", "PersonId"), Req("reason", "Reason")],
        };

    public static IReadOnlyList<PlanChangeField> Of(PlanChangeType type) => Table[type];

    /// <summary>The first required field of the type that <paramref name="isGiven"/> says is missing, or null.</summary>
    public static PlanChangeField? FirstMissing(PlanChangeType type, Func<string, bool> isGiven) =>
        Of(type).FirstOrDefault(field => field.Required && !isGiven(field.Name));

    private static PlanChangeField Req(string name, string label) => new(name, true, label);

    private static PlanChangeField Opt(string name) => new(name, false);
}
