using TalentReform.Localization;
using TalentReform.Organization;
using TalentReform.Planning.Changes;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// Turns the flat <see cref="PlanChangeInput"/> into the typed change (refusing a missing field by name) and
/// back, for editing. New units, posts and clauses get their ids here, once, when the change is drafted.
/// </summary>
public static class PlanChangeInputConverter
{
    public static PlanChangeSpec ToSpec(PlanChangeInput input, PlanChangeSpec? replacing = null)
    {
        var type = input.Type!.Value;
        return type switch
        {
            PlanChangeType.CreateUnit => new CreateUnitChange(
                (replacing as CreateUnitChange)?.NewUnitId ?? Guid.NewGuid(), input.ParentId, Need(input.Kind, type, "Kind"),
                NeedText(input.NameZh, type, "Names"), NeedText(input.NameEn, type, "Names"), Clauses(input.Functions, type)),
            PlanChangeType.RenameUnit => new RenameUnitChange(
                Need(input.UnitId, type, "UnitId"), NeedText(input.NameZh, type, "Names"), NeedText(input.NameEn, type, "Names"), input.ShortName),
            PlanChangeType.MoveUnit => new MoveUnitChange(Need(input.UnitId, type, "UnitId"), input.ParentId),
            PlanChangeType.MergeUnits => new MergeUnitsChange(
                input.SourceUnitIds is { Count: > 0 } sources ? sources : throw Missing(type, "SourceUnitIds"), Need(input.UnitId, type, "SurvivingUnitId")),
            PlanChangeType.AbolishUnit => new AbolishUnitChange(Need(input.UnitId, type, "UnitId")),
            PlanChangeType.SetFunctions => new SetFunctionsChange(Need(input.UnitId, type, "UnitId"), Clauses(input.Functions, type)),
            PlanChangeType.SetLeadershipQuota => new SetLeadershipQuotaChange(
                Need(input.UnitId, type, "UnitId"), Need(input.Heads, type, "Quota"), Need(input.Deputies, type, "Quota")),
            PlanChangeType.SetStaffingQuota => new SetStaffingQuotaChange(
                Need(input.UnitId, type, "UnitId"), Need(input.StaffingType, type, "StaffingType"), Need(input.Approved, type, "Quota")),
            PlanChangeType.CreatePost => new CreatePostChange(
                (replacing as CreatePostChange)?.NewPostId ?? Guid.NewGuid(), Need(input.UnitId, type, "UnitId"), NeedText(input.Code, type, "Post"),
                NeedText(input.TitleZh, type, "Post"), NeedText(input.TitleEn, type, "Post"), Need(input.Category, type, "Post"), input.Level,
                Need(input.StaffingType, type, "StaffingType"), input.LeadershipRole ?? LeadershipRole.None, input.DutyClauseIds ?? []),
            PlanChangeType.AbolishPost => new AbolishPostChange(Need(input.PostId, type, "PostId")),
            PlanChangeType.MovePost => new MovePostChange(Need(input.PostId, type, "PostId"), Need(input.UnitId, type, "UnitId"), input.DutyClauseIds ?? []),
            PlanChangeType.RegradePost => new RegradePostChange(
                Need(input.PostId, type, "PostId"), Need(input.Category, type, "Grade"), input.Level, input.LeadershipRole ?? LeadershipRole.None),
            PlanChangeType.ReassignPerson => new ReassignPersonChange(Need(input.PersonId, type, "PersonId"), Need(input.TargetPostId, type, "TargetPostId")),
            PlanChangeType.EndAppointment => new EndAppointmentChange(Need(input.PersonId, type, "PersonId"), NeedText(input.Reason, type, "Reason")),
            _ => throw new ArgumentOutOfRangeException(nameof(input), type, null),
        };
    }

    public static PlanChangeInput ToInput(PlanChangeSpec spec)
    {
        var input = new PlanChangeInput { Type = spec.Type };
        switch (spec)
        {
            case CreateUnitChange c:
                (input.UnitId, input.ParentId, input.Kind, input.NameZh, input.NameEn) = (c.NewUnitId, c.ParentId, c.Kind, c.NameZh, c.NameEn);
                input.Functions = c.Functions.Select(f => new FunctionClauseInput { Id = f.Id, Text = f.Text }).ToList();
                break;
            case RenameUnitChange c:
                (input.UnitId, input.NameZh, input.NameEn, input.ShortName) = (c.UnitId, c.NameZh, c.NameEn, c.ShortName);
                break;
            case MoveUnitChange c:
                (input.UnitId, input.ParentId) = (c.UnitId, c.NewParentId);
                break;
            case MergeUnitsChange c:
                (input.UnitId, input.SourceUnitIds) = (c.SurvivingUnitId, c.SourceUnitIds.ToList());
                break;
            case AbolishUnitChange c:
                input.UnitId = c.UnitId;
                break;
            case SetFunctionsChange c:
                input.UnitId = c.UnitId;
                input.Functions = c.Functions.Select(f => new FunctionClauseInput { Id = f.Id, Text = f.Text }).ToList();
                break;
            case SetLeadershipQuotaChange c:
                (input.UnitId, input.Heads, input.Deputies) = (c.UnitId, c.Heads, c.Deputies);
                break;
            case SetStaffingQuotaChange c:
                (input.UnitId, input.StaffingType, input.Approved) = (c.UnitId, c.StaffingType, c.Approved);
                break;
            case CreatePostChange c:
                (input.PostId, input.UnitId, input.Code, input.TitleZh, input.TitleEn) = (c.NewPostId, c.UnitId, c.Code, c.TitleZh, c.TitleEn);
                (input.Category, input.Level, input.StaffingType, input.LeadershipRole) = (c.Category, c.Level, c.StaffingType, c.LeadershipRole);
                input.DutyClauseIds = c.DutyClauseIds.ToList();
                break;
            case AbolishPostChange c:
                input.PostId = c.PostId;
                break;
            case MovePostChange c:
                (input.PostId, input.UnitId, input.DutyClauseIds) = (c.PostId, c.UnitId, c.DutyClauseIds.ToList());
                break;
            case RegradePostChange c:
                (input.PostId, input.Category, input.Level, input.LeadershipRole) = (c.PostId, c.Category, c.Level, c.LeadershipRole);
                break;
            case ReassignPersonChange c:
                (input.PersonId, input.TargetPostId) = (c.PersonId, c.TargetPostId);
                break;
            case EndAppointmentChange c:
                (input.PersonId, input.Reason) = (c.PersonId, c.Reason);
                break;
        }

        return input;
    }

    /// <summary>Clauses with ids kept; a new clause gets its id now, so later changes can cite it.</summary>
    private static IReadOnlyList<FunctionClause> Clauses(List<FunctionClauseInput>? functions, PlanChangeType type) =>
        functions is null ? throw Missing(type, "Functions") : functions.Select(f => new FunctionClause(f.Id ?? Guid.NewGuid(), f.Text.Trim())).ToList();

    private static T Need<T>(T? value, PlanChangeType type, string field)
        where T : struct => value ?? throw Missing(type, field);

    private static string NeedText(string? value, PlanChangeType type, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(type, field) : value.Trim();

    private static BusinessException Missing(PlanChangeType type, string field) =>
        new(TalentReformErrorCodes.PlanChangeFieldRequired, LocalizedEnum.Of(type), new LocalizedText("PlanField:" + field));
}
