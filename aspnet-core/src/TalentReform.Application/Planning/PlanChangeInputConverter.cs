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
        if (PlanChangeFields.FirstMissing(type, name => IsGiven(input, name)) is { } missing)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanChangeFieldRequired, LocalizedEnum.Of(type), new LocalizedText("PlanField:" + missing.Label));
        }

        return type switch
        {
            PlanChangeType.CreateUnit => new CreateUnitChange(
                (replacing as CreateUnitChange)?.NewUnitId ?? Guid.NewGuid(), input.ParentId, Given(input.Kind),
                Given(input.NameZh), Given(input.NameEn), Clauses(input.Functions)),
            PlanChangeType.RenameUnit => new RenameUnitChange(
                Given(input.UnitId), Given(input.NameZh), Given(input.NameEn), input.ShortName),
            PlanChangeType.MoveUnit => new MoveUnitChange(Given(input.UnitId), input.ParentId),
            PlanChangeType.MergeUnits => new MergeUnitsChange(
                Given(input.SourceUnitIds), Given(input.UnitId)),
            PlanChangeType.AbolishUnit => new AbolishUnitChange(Given(input.UnitId)),
            PlanChangeType.SetFunctions => new SetFunctionsChange(Given(input.UnitId), Clauses(input.Functions)),
            PlanChangeType.SetLeadershipQuota => new SetLeadershipQuotaChange(
                Given(input.UnitId), Given(input.Heads), Given(input.Deputies)),
            PlanChangeType.SetStaffingQuota => new SetStaffingQuotaChange(
                Given(input.UnitId), Given(input.StaffingType), Given(input.Approved)),
            PlanChangeType.CreatePost => new CreatePostChange(
                (replacing as CreatePostChange)?.NewPostId ?? Guid.NewGuid(), Given(input.UnitId), Given(input.Code),
                Given(input.TitleZh), Given(input.TitleEn), Given(input.Category), input.Level,
                Given(input.StaffingType), input.LeadershipRole ?? LeadershipRole.None, input.DutyClauseIds ?? []),
            PlanChangeType.AbolishPost => new AbolishPostChange(Given(input.PostId)),
            PlanChangeType.MovePost => new MovePostChange(Given(input.PostId), Given(input.UnitId), input.DutyClauseIds ?? []),
            PlanChangeType.RegradePost => new RegradePostChange(
                Given(input.PostId), Given(input.Category), input.Level, input.LeadershipRole ?? LeadershipRole.None),
            PlanChangeType.ReassignPerson => new ReassignPersonChange(Given(input.PersonId), Given(input.TargetPostId)),
            PlanChangeType.EndAppointment => new EndAppointmentChange(Given(input.PersonId), Given(input.Reason)),
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
    private static IReadOnlyList<FunctionClause> Clauses(List<FunctionClauseInput>? functions) =>
        (functions ?? []).Select(f => new FunctionClause(f.Id ?? Guid.NewGuid(), f.Text.Trim())).ToList();

    /// <summary>Whether the input gives the field <see cref="PlanChangeFields"/> names: a value, a non-blank text, a non-empty list.</summary>
    private static bool IsGiven(PlanChangeInput input, string name) => name switch
    {
        "unitId" => input.UnitId is not null,
        "parentId" => input.ParentId is not null,
        "sourceUnitIds" => input.SourceUnitIds is { Count: > 0 },
        "kind" => input.Kind is not null,
        "nameZh" => !string.IsNullOrWhiteSpace(input.NameZh),
        "nameEn" => !string.IsNullOrWhiteSpace(input.NameEn),
        "shortName" => !string.IsNullOrWhiteSpace(input.ShortName),
        "functions" => input.Functions is { Count: > 0 },
        "heads" => input.Heads is not null,
        "deputies" => input.Deputies is not null,
        "staffingType" => input.StaffingType is not null,
        "approved" => input.Approved is not null,
        "postId" => input.PostId is not null,
        "code" => !string.IsNullOrWhiteSpace(input.Code),
        "titleZh" => !string.IsNullOrWhiteSpace(input.TitleZh),
        "titleEn" => !string.IsNullOrWhiteSpace(input.TitleEn),
        "category" => input.Category is not null,
        "level" => input.Level is not null,
        "leadershipRole" => input.LeadershipRole is not null,
        "dutyClauseIds" => input.DutyClauseIds is { Count: > 0 },
        "personId" => input.PersonId is not null,
        "targetPostId" => input.TargetPostId is not null,
        "reason" => !string.IsNullOrWhiteSpace(input.Reason),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "PlanChangeFields names a field PlanChangeInput does not have."),
    };

    /// <summary>A field <see cref="PlanChangeFields"/> requires, so already checked; a gap here is a fault of the table, not of the input.</summary>
    private static T Given<T>(T? value)
        where T : struct => value ?? throw MissingFromTable();

    private static string Given(string? value) => string.IsNullOrWhiteSpace(value) ? throw MissingFromTable() : value.Trim();

    private static List<Guid> Given(List<Guid>? value) => value ?? throw MissingFromTable();

    private static InvalidOperationException MissingFromTable() =>
        new("A field the change needs is not required by PlanChangeFields.");
}
