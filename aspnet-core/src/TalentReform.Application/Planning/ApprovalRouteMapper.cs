using System.Globalization;
using Riok.Mapperly.Abstractions;
using TalentReform.Localization;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>A route with its steps; each step's users come in named (names are looked up in the users' table).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApprovalRouteMapper
{
    public static ApprovalRouteDto ToDto(this ApprovalRoute route, IReadOnlyDictionary<Guid, string> userNames) =>
        route.ToDto(route.Steps.Select(s => s.ToDto(s.Users.ToUserRefs(userNames))).ToList());

    public static partial ApprovalRouteDto ToDto(this ApprovalRoute route, IReadOnlyList<ApprovalRouteStepDto> steps);

    public static partial ApprovalRouteStepDto ToDto(this ApprovalRouteStep step, IReadOnlyList<UserRefDto> users);

    /// <summary>The kind as the route editor lists it, named in the caller's language.</summary>
    public static ApprovalDocumentKindDto ToDto(this ApprovalDocumentKind kind) =>
        new(kind.Kind, TalentReformResource.Get("ApprovalDocumentKind:" + kind.Kind, CultureInfo.CurrentUICulture), kind.LinkTemplate);
}
