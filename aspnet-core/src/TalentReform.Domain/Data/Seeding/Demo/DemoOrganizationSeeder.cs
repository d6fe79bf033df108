using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Seeds a demo zone's organisation (<see cref="DemoOrganizationCatalog"/>): units with 三定 clauses and
/// history, 领导职数, 编制 per unit and zone, posts citing their clauses, people appointed on them (实名制)
/// with some vacancies and one frozen post, and the 人员组合 rules. Skipped when the zone has any unit, so it
/// runs once and never touches what HR officers built. Deterministic: fixed ids and a seeded random.
/// The aggregates are built directly rather than through the managers: the managers check each step
/// against the database, which would cost a round trip per row; the catalogue satisfies those rules by
/// construction, and one save per zone keeps the whole seed to a few seconds.
/// </summary>
public class DemoOrganizationSeeder(
    IOrgUnitRepository units,
    IRepository<OrgUnitVersion> versions,
    IRepository<LeadershipQuota> leadershipQuotas,
    IRepository<StaffingQuota> quotas,
    IRepository<ZoneStaffingQuota> zoneTotals,
    IRepository<Post> posts,
    IRepository<Person> persons,
    IRepository<Appointment> appointments,
    IRepository<StaffingMixRule> mixRules,
    TimeProvider clock)
{
    /// <summary>Every seventh non-leadership post (from the fourth) stays vacant: about 14 % vacancies.</summary>
    private const int VacancyEvery = 7;

    /// <summary>People whose original status is sealed and who hold no post (落聘, awaiting re-appointment).</summary>
    private const int UnappointedPeople = 3;

    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        if (await units.AnyAsync(u => u.ZoneId == zone.Id, cancellationToken))
        {
            return;
        }

        var organization = DemoOrganizationCatalog.For(zone);
        var ids = new DemoIds(zone.Id);
        var random = new Random(organization.RandomSeed);
        var people = new DemoPeople(random, organization);
        var now = clock.GetUtcNow();
        var byKey = new Dictionary<string, OrgUnit>();
        var childNumbers = new Dictionary<string, int>();
        var staffIndex = 0;
        var frozen = false;

        for (var unitIndex = 0; unitIndex < organization.Units.Count; unitIndex++)
        {
            var spec = organization.Units[unitIndex];
            var parent = spec.ParentKey is null ? null : byKey[spec.ParentKey];
            var number = childNumbers[spec.ParentKey ?? string.Empty] = childNumbers.GetValueOrDefault(spec.ParentKey ?? string.Empty) + 1;
            var unit = new OrgUnit(
                ids.For("unit", spec.Key), zone.Id, parent, OrgUnitCodes.Create(parent?.Code, number), spec.Kind, spec.NameZh, spec.NameEn,
                organization.EffectiveFrom, now);
            unit.SetDetails(spec.Kind, spec.NameZh, spec.NameEn, null, number);
            unit.SetApproval(organization.ApprovalDocumentNumber, organization.EffectiveFrom);
            foreach (var text in spec.Functions)
            {
                unit.AddFunction(text);
            }

            byKey[spec.Key] = unit;
            await units.InsertAsync(unit, cancellationToken);
            await versions.InsertAsync(new OrgUnitVersion(ids.For("version", spec.Key), unit, unit.EffectiveFrom), cancellationToken);
            if (spec.Leadership is { } leadership)
            {
                await leadershipQuotas.InsertAsync(
                    new LeadershipQuota(ids.For("leadership", spec.Key), zone.Id, unit.Id, leadership.Heads, leadership.Deputies), cancellationToken);
            }

            // Each unit is approved exactly the slots its posts draw on.
            foreach (var group in spec.Posts.GroupBy(p => p.Type))
            {
                await quotas.InsertAsync(
                    new StaffingQuota(ids.For("quota", $"{spec.Key}/{group.Key}"), zone.Id, unit.Id, group.Key, group.Count()), cancellationToken);
            }

            var duties = DistributeDuties(unit, spec);
            for (var postIndex = 0; postIndex < spec.Posts.Count; postIndex++)
            {
                var postSpec = spec.Posts[postIndex];
                var key = $"{spec.Key}/{postIndex}";
                var post = new Post(
                    ids.For("post", key), zone.Id, unit.Id, $"{organization.PostCodePrefix}-{unitIndex + 1:00}-{postIndex + 1:000}",
                    postSpec.TitleZh, postSpec.TitleEn, postSpec.Category, postSpec.Level, postSpec.Type, postSpec.Role, 1m);
                post.SetDutyClauses(duties[postIndex]);
                await posts.InsertAsync(post, cancellationToken);

                var isLeader = postSpec.Role != LeadershipRole.None;
                var vacant = postSpec.WithoutDuty || (!isLeader && staffIndex++ % VacancyEvery == 3);
                if (vacant)
                {
                    if (!frozen && spec.Key == "enforcement")
                    {
                        // Held back pending the next reorganisation.
                        post.Freeze();
                        frozen = true;
                    }

                    continue;
                }

                var person = people.Next(ids.For("person", key), zone.Id, postSpec);
                person.SetProfile(person.ProfessionalTitle, person.Phone, people.NextSealed(postSpec.Type));
                await persons.InsertAsync(person, cancellationToken);
                await appointments.InsertAsync(Appoint(ids.For("appointment", key), zone.Id, person, post, isLeader, random, now), cancellationToken);
            }
        }

        for (var i = 0; i < UnappointedPeople; i++)
        {
            var spec = new DemoPostSpec("-", "-", PostCategory.Management, 9, StaffingType.Headcount, LeadershipRole.None);
            var person = people.Next(ids.For("person", $"unappointed/{i}"), zone.Id, spec);
            person.SetProfile(person.ProfessionalTitle, person.Phone, sealedStatus: true);
            await persons.InsertAsync(person, cancellationToken);
        }

        foreach (var (type, approved) in organization.ZoneTotals)
        {
            await zoneTotals.InsertAsync(new ZoneStaffingQuota(ids.For("zone-total", type.ToString()), zone.Id, type, approved), cancellationToken);
        }

        foreach (var rule in organization.MixRules)
        {
            await mixRules.InsertAsync(
                new StaffingMixRule(
                    ids.For("mix-rule", $"{rule.UnitKey}/{rule.Kind}"), zone.Id, byKey[rule.UnitKey].Id, rule.Kind, rule.Category, rule.MinShare, rule.BandRatio,
                    rule.MaxShare),
                cancellationToken);
        }

        await units.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Spreads the unit's clauses over its posts round-robin, so every clause is served and every post serves
    /// at least one (at most a few dozen, even for Jiangyin's 350 approval items) — except the deliberate gap:
    /// the post marked without duty and the clause marked uncited.
    /// </summary>
    private static List<List<Guid>> DistributeDuties(OrgUnit unit, DemoUnitSpec spec)
    {
        var clauses = unit.Functions.Where(f => f.Number != spec.UncitedFunctionNumber).Select(f => f.Id).ToList();
        var serving = Enumerable.Range(0, spec.Posts.Count).Where(i => !spec.Posts[i].WithoutDuty).ToList();
        var duties = spec.Posts.Select(_ => new List<Guid>()).ToList();
        if (clauses.Count == 0 || serving.Count == 0)
        {
            return duties;
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            duties[serving[c % serving.Count]].Add(clauses[c]);
        }

        for (var s = clauses.Count; s < serving.Count; s++)
        {
            duties[serving[s]].Add(clauses[s % clauses.Count]);
        }

        return duties;
    }

    private static Appointment Appoint(Guid id, Guid zoneId, Person person, Post post, bool isLeader, Random random, DateTimeOffset now)
    {
        // 全员聘任: most staff won their post in the 2024–2025 competitive round; terms (聘期) run three years.
        var roll = random.Next(100);
        var kind = isLeader ? AppointmentKind.Appointed : roll < 60 ? AppointmentKind.Competitive : roll < 95 ? AppointmentKind.Appointed : AppointmentKind.Temporary;
        var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 640));
        var end = start.AddYears(kind == AppointmentKind.Temporary ? 1 : 3).AddDays(-1);
        var appointment = new Appointment(id, zoneId, person, post, kind, isPrimary: true, start, end, now);
        post.Fill();
        return appointment;
    }
}
