using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>One bad row (a person with two primary appointments) must not make a zone's planning unusable.</summary>
public class DataIntegrityTests
{
    [Fact]
    public async Task A_person_with_two_primary_appointments_is_reported_and_the_impact_still_computes()
    {
        var zone = new SmallZone();
        zone.AddSecondPrimary(zone.Bing, zone.PolicyVacant);

        var result = await new PlanImpactCalculator(new FixedSource(zone), TimeProvider.System).CalculateAsync(
            SmallZone.ZoneId, SmallZone.Effective, [new RenameUnitChange(zone.Approval.Id, "行政审批局", "Administrative Approval Bureau", null)]);

        var report = result.Report;
        var duplicate = report.Violations.ShouldHaveSingleItem();
        (duplicate.Kind, duplicate.PersonId, duplicate.IsNew).ShouldBe((PlanRuleKind.DuplicatePrimaryAppointment, (Guid?)zone.Bing.Id, false));
        PlanViolationText.Of(duplicate).ToString(null, System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")).ShouldContain("丙");
        report.Before.StaffCount.ShouldBe(4);
        report.CanSubmit.ShouldBeTrue();
    }

    private sealed class FixedSource(SmallZone zone) : IZoneStructureSource
    {
        public Task<ZoneStructure> LoadAsync(Guid zoneId, DateOnly effectiveDate, bool tracked, CancellationToken cancellationToken = default) =>
            Task.FromResult(zone.Structure());
    }
}
