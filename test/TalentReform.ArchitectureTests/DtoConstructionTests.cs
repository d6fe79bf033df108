using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Shouldly;
using Xunit;

namespace TalentReform.ArchitectureTests;

/// <summary>
/// DTOs are built by Mapperly mappers (DESIGN.md: one per pair), so a field added to an entity and its DTO is mapped
/// by the generator — or the build fails (RMG012) — instead of being left out of a positional <c>new XDto(...)</c>.
/// Only the places listed here build a DTO by hand, each for a reason given beside it.
/// </summary>
public class DtoConstructionTests
{
    /// <summary>Hand-built on purpose: "owner type → DTO" (the owner is the class whose method, lambda or iterator builds it).</summary>
    private static readonly HashSet<string> HandBuilt =
    [
        // Computed results and envelopes: nothing is mapped, every member is worked out right there.
        "AccountAppService → CurrentUserDto", // the anonymous caller: no user to map from
        // The application configuration is assembled from rule tables in Domain.Shared (enum values and the ranges
        // and fields each allows) and from the current user: no entity to map from.
        "ApplicationConfigurationAppService → ApplicationConfigurationDto",
        "ApplicationConfigurationAppService → AuthConfigurationDto",
        "ApplicationConfigurationAppService → BenefitRuleLimitsDto",
        "ApplicationConfigurationAppService → ConditionOperatorMetadataDto",
        "ApplicationConfigurationAppService → FormMetadataDto",
        "ApplicationConfigurationAppService → LocalizationConfigurationDto",
        "ApplicationConfigurationAppService → PlanChangeFieldDto",
        "ApplicationConfigurationAppService → PlanChangeTypeFieldsDto",
        "ApplicationConfigurationAppService → PostLevelRangeDto",
        "ApplicationConfigurationAppService → ProfileFieldMetadataDto",
        "DashboardAppService → DashboardDto", // counts
        "DashboardAppService → RoleCountDto", // a role without users (the query's projection is an expression, not IL)
        "ExcelExchange → ExcelFileDto",
        "ExcelExchange → ImportResultDto",
        "ExcelExchange → ImportRowErrorDto",
        "ExcelRowReader → ImportRowErrorDto",
        "ImportedInputValidation → ImportRowErrorDto",
        "InstallmentAppService → DisclosureLineDto", // a sum per talent and benefit, the name masked for publication
        "InstallmentAppService → PaymentBatchCheckDto", // counts and a sum
        "InstallmentWorkbooks → ExcelFileDto",
        "NotificationAppService → NotificationCountDto", // a count
        "PermissionAppService → GetPermissionListResultDto", // the permission definitions, localized and grouped,
        "PermissionAppService → PermissionGroupDto", // each flagged granted or not: definitions in code, no entity
        "PermissionAppService → PermissionGrantInfoDto",
        "PolicyCalculatorAppService → PolicyCalculatorResultDto", // sums over the decisions
        "PolicyCalculatorAppService → YearTotalDto",
        "StaffingQuotaAppService → SeatBoardDto", // the seat board numbers seats and makes up the vacant ones
        "StaffingQuotaAppService → SeatGroupDto",
        "StaffingQuotaAppService → SeatDto",
        "StaffingQuotaAppService → ZoneStaffingTotalDto", // counts; the zone total may not exist yet
        "TalentTierAppService → TalentTierDto", // a tier not yet described: localized defaults, no entity
        "WorkCalendarAppService → WorkCalendarYearDto", // a year not yet defined: no row to map, only the year asked for
    ];

    /// <summary>Generic envelopes around mapped items.</summary>
    private static readonly HashSet<string> Envelopes = ["PagedResultDto", "ListResultDto"];

    [Fact]
    public void Application_builds_dtos_in_mappers_except_the_listed_places()
    {
        var found = DtoConstructionsIn(Layers.Application).ToList();

        found.Where(c => !HandBuilt.Contains(c.Key)).Select(c => $"{c.Key} in {c.Method}").Distinct().ShouldBeEmpty();
        HandBuilt.Except(found.Select(c => c.Key)).ShouldBeEmpty("a listed place no longer builds that DTO: remove it from the list");
    }

    [Fact]
    public void The_scan_finds_a_positional_dto_outside_a_mapper_and_none_inside()
    {
        var found = DtoConstructionsIn(typeof(DtoConstructionTests).Assembly)
            .Where(c => c.Owner.Contains("DtoConstructionSamples", StringComparison.Ordinal))
            .Select(c => c.Key)
            .Distinct()
            .Order()
            .ToList();

        found.ShouldBe(["SampleAppService → SampleDto"]);
    }

    private static IEnumerable<DtoConstruction> DtoConstructionsIn(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        return module.GetTypes()
            .SelectMany(t => t.Methods.Where(m => m.HasBody).Select(m => (Type: t, Method: m)))
            .SelectMany(x => x.Method.Body.Instructions
                .Where(i => i.OpCode == OpCodes.Newobj && i.Operand is MethodReference { HasParameters: true } ctor && IsDto(ctor.DeclaringType))
                .Select(i => new DtoConstruction(Outermost(x.Type), x.Method.Name, BaseName(((MethodReference)i.Operand).DeclaringType))))
            .Where(c => !c.OwnerName.EndsWith("Mapper", StringComparison.Ordinal) && c.OwnerName != c.Dto) // a record's own copy constructor
            .ToList();
    }

    private static bool IsDto(TypeReference type) => BaseName(type) is var name && name.EndsWith("Dto", StringComparison.Ordinal) && !Envelopes.Contains(name);

    private static string BaseName(TypeReference type) => type.Name.Split('`')[0];

    /// <summary>Lambdas, closures and iterators compile to nested types: the place is the type that wrote them.</summary>
    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private sealed record DtoConstruction(string Owner, string OwnerName, string Method, string Dto)
    {
        public DtoConstruction(TypeDefinition owner, string method, string dto)
            : this(owner.FullName, owner.Name, method, dto)
        {
        }

        public string Key => $"{OwnerName} → {Dto}";
    }
}
