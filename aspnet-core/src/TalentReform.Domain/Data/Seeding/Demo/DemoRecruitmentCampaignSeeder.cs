using System.Globalization;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Recruitment;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Seeds a demo zone's recruitment year through the module's own rules, dated relative to today (China time) so the
/// demo reads the same on any day it is first started:
/// <list type="bullet">
/// <item>a recruitment plan approved ~10 months ago and its <b>finished</b> campaign: 开考比例 met on one position, places
/// reduced on another (2 → 1), a third cancelled; written exam, shortlist, interview, ranking; the first of one position
/// fails 体检 and the next in rank is taken (递补); 公示 of 7 working days; the hires on their posts inside the quota, with
/// talent profiles (no sign-in account: the e2e journey makes its own hire with one) — closed, and its plan closed;</item>
/// <item>a plan approved two months ago with a campaign at the <b>interview</b> stage (written scores in, shortlist made
/// with a tie at the cut-off, all tied admitted) and a <b>published</b> campaign open for registration today;</item>
/// <item>an <b>active</b> 编制周转池 loan: a tier-B talent seated on pool slot ZZ-002 in a unit without 事业编制 空编.</item>
/// </list>
/// Then a 免申即享 run, as the nightly job would have made since, so the hires' benefits show. Skipped when the zone has campaigns.
/// </summary>
public class DemoRecruitmentCampaignSeeder(
    IRepository<RecruitmentCampaign> campaigns,
    IRepository<RecruitmentPlan> plans,
    IRepository<RecruitmentPublicity> publicities,
    IRepository<StaffingPoolSlot> slots,
    IRepository<PoolLoan> loans,
    IRepository<AppUser> users,
    IRepository<OrgUnit> units,
    IRepository<TalentProfile> profiles,
    IRepository<MatchingRun> runs,
    IApplicationRepository applications,
    IStaffingQueries staffing,
    StaffingStructureWriter staffingWriter,
    StaffingSeatReader seatReader,
    RecruitmentPlanCapacity capacity,
    RecruitmentCampaignManager campaignManager,
    ApplicationManager applicationManager,
    PublicityManager publicityManager,
    HireManager hireManager,
    PoolLoanManager loanManager,
    DemoApprovals approvals,
    MatchingService matching,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    /// <summary>The pool talent of each demo zone, in the order of <see cref="DemoZones.All"/>.</summary>
    private static readonly string[] PoolTalentNames = ["陆明远", "沈书航", "顾嘉禾"];

    // Fields, not captured parameters: the nested run reads them (a primary constructor's parameters are not visible to nested types).
    private readonly IRepository<RecruitmentCampaign> campaigns = campaigns;
    private readonly IRepository<RecruitmentPlan> plans = plans;
    private readonly IRepository<RecruitmentPublicity> publicities = publicities;
    private readonly IRepository<StaffingPoolSlot> slots = slots;
    private readonly IRepository<PoolLoan> loans = loans;
    private readonly IRepository<OrgUnit> units = units;
    private readonly IRepository<TalentProfile> profiles = profiles;
    private readonly IApplicationRepository applications = applications;
    private readonly IStaffingQueries staffing = staffing;
    private readonly StaffingStructureWriter staffingWriter = staffingWriter;
    private readonly StaffingSeatReader seatReader = seatReader;
    private readonly RecruitmentPlanCapacity capacity = capacity;
    private readonly RecruitmentCampaignManager campaignManager = campaignManager;
    private readonly ApplicationManager applicationManager = applicationManager;
    private readonly PublicityManager publicityManager = publicityManager;
    private readonly HireManager hireManager = hireManager;
    private readonly PoolLoanManager loanManager = loanManager;
    private readonly DemoApprovals approvals = approvals;
    private readonly IAsyncQueryableExecuter executer = executer;

    private static readonly TimeSpan China = WorkCalendarConsts.ChinaOffset;

    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        if (await campaigns.AnyAsync(c => c.ZoneId == zone.Id, cancellationToken))
        {
            return;
        }

        var today = clock.ChinaToday();
        var run = new Run(this, zone, today, clock.GetUtcNow(), await UsersAsync(zone, cancellationToken), new DemoApplicants(new Random(zone.Code.Sum(c => c) * 104_729)));
        await run.PostsAsync(cancellationToken);
        await run.FinishedAsync(cancellationToken);
        await run.InterviewAndOpenAsync(cancellationToken);
        await run.PoolLoanAsync(cancellationToken);

        // The nightly 免申即享 run since the hires: their profiles are matched like everyone's.
        var matchingRun = new MatchingRun(new DemoIds(zone.Id).For("matching-run", "recruitment"), zone.Id, null, clock.GetUtcNow());
        await runs.InsertAsync(matchingRun, cancellationToken);
        await runs.SaveChangesAsync(cancellationToken);
        await matching.RunAsync(matchingRun, cancellationToken);
    }

    private async Task<DemoUsers> UsersAsync(DemoZone zone, CancellationToken cancellationToken)
    {
        var names = new[] { zone.HrUserName, zone.ReviewerUserName, zone.LeaderUserName };
        var found = await executer.ToListAsync(users.GetQueryable().Where(u => names.Contains(u.UserName!)), cancellationToken);
        AppUser Get(string userName) => found.Single(u => u.UserName == userName);
        return new DemoUsers(Get(zone.HrUserName), Get(zone.ReviewerUserName), Get(zone.LeaderUserName));
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), China);

    private sealed record DemoUsers(AppUser Hr, AppUser Reviewer, AppUser Leader);

    /// <summary>A position as the demo drafts it, with how many apply and how many of them fail 资格初审.</summary>
    private sealed record PositionPlan(
        string Code, string Name, int Places, StaffingType Preferred, int Applicants, int Unqualified,
        OpeningRatioShortfall Shortfall = OpeningRatioShortfall.ReducePlaces);

    /// <summary>One zone's seeding, days counted back from <c>today</c>.</summary>
    private sealed class Run(DemoRecruitmentCampaignSeeder seeder, DemoZone zone, DateOnly today, DateTimeOffset now, DemoUsers people, DemoApplicants applicants)
    {
        private readonly DemoIds _ids = new(zone.Id);
        private readonly Dictionary<string, Post> _posts = [];

        private DemoRecruitmentCampaignSeeder S => seeder;
        private Guid Hr => people.Hr.Id;

        private static readonly PositionPlan[] Finished =
        [
            new("A01", "综合管理岗", 1, StaffingType.Headcount, 18, 2),
            new("A02", "人才服务岗", 2, StaffingType.PublicInstitution, 6, 1),
            new("A03", "数据分析岗", 1, StaffingType.Headcount, 3, 1, OpeningRatioShortfall.CancelPosition),
        ];

        private static readonly PositionPlan[] Interview =
        [
            new("B01", "产业服务岗", 2, StaffingType.Headcount, 24, 3),
            new("B02", "政务服务岗", 1, StaffingType.PublicInstitution, 11, 1),
        ];

        private static readonly PositionPlan[] Open =
        [
            new("C01", "招商服务岗", 1, StaffingType.Headcount, 9, 1),
            new("C02", "科技项目管理岗", 1, StaffingType.PublicInstitution, 13, 1),
        ];

        /// <summary>
        /// Vacant posts with 空编 for every position, the preferred staffing type first: a unit gives at most its 空编
        /// less one (a vacancy stays free for HR's own plans and the browser journey).
        /// </summary>
        public async Task PostsAsync(CancellationToken cancellationToken)
        {
            var structure = await S.staffing.LoadZoneAsync(zone.Id, tracked: false, cancellationToken);
            var seats = await S.seatReader.ReadAsync(zone.Id, cancellationToken);
            var spare = new Dictionary<(Guid, StaffingType), int>();
            var vacant = structure.Posts
                .Where(p => p.Status == PostStatus.Vacant && p.LeadershipRole == LeadershipRole.None && p.DutyClauses.Count > 0
                            && p.StaffingType is StaffingType.Headcount or StaffingType.PublicInstitution)
                .OrderBy(p => p.Code, StringComparer.Ordinal)
                .ToList();
            foreach (var position in Finished.Concat(Interview).Concat(Open))
            {
                int Spare(Post p) => spare.TryGetValue((p.OrgUnitId, p.StaffingType), out var left) ? left : seats.For(p.OrgUnitId, p.StaffingType).Vacant - 1;
                var post = vacant.Where(p => Spare(p) >= position.Places).OrderBy(p => p.StaffingType == position.Preferred ? 0 : 1).FirstOrDefault()
                           ?? throw new InvalidOperationException($"Demo zone {zone.Code} has no vacant post with 空编 for {position.Code}.");
                spare[(post.OrgUnitId, post.StaffingType)] = Spare(post) - position.Places;
                vacant.Remove(post);
                _posts[position.Code] = post;
            }
        }

        /// <summary>The finished campaign, from a plan approved about ten months ago; hires start about seven months ago.</summary>
        public async Task FinishedAsync(CancellationToken cancellationToken)
        {
            var plan = await ApprovedPlanAsync("finished", today.AddDays(-330), Finished, cancellationToken);
            var published = today.AddDays(-300);
            var campaign = await PublishAsync(
                "finished", plan, Finished, published, published.AddDays(3), published.AddDays(10),
                [published.AddDays(24), published.AddDays(38), published.AddDays(45), published.AddDays(49)], cancellationToken);
            var registration = await RegisterAsync(campaign, Finished, campaign.RegistrationStart, cancellationToken);
            var byPosition = await QualifyAndCheckRatioAsync(campaign, registration, campaign.RegistrationEnd.AddDays(3), cancellationToken);
            var examined = At(campaign.WrittenExamOn!.Value.AddDays(5), 9);
            var interviewed = At(campaign.InterviewOn!.Value, 18);
            var proposed = new List<Application>();
            foreach (var position in campaign.Positions.Where(p => !p.IsCancelled))
            {
                var written = await WrittenExamAsync(campaign, position, byPosition[position.Id], examined, tieAtCutOff: false, cancellationToken);
                var scores = applicants.DistinctScores(written.Count, 70m, 92m);
                for (var i = 0; i < written.Count; i++)
                {
                    written[i].Advance(campaign, RecruitmentStage.Interview, interviewed);
                    written[i].RecordInterviewScore(scores[i], interviewed);
                }

                var ranking = Ranking.Rank(
                    written.Select(a => new RankingCandidate(a.Id, Total(position, a), a.WrittenScore, a.InterviewScore!.Value)), position.Places, position.InterviewPassLine);
                var ranked = written.ToDictionary(a => a.Id);
                foreach (var r in ranking.Ranked)
                {
                    ranked[r.CandidateId].RecordRanking(campaign, r.Total, r.Rank, false, interviewed.AddHours(1));
                }

                proposed.AddRange(ranking.ProposedHires.Select(id => ranked[id]));
            }

            var medical = At(campaign.MedicalOn!.Value, 17);
            proposed.ForEach(a => a.Advance(campaign, RecruitmentStage.Medical, medical));

            // 递补: the first of A01 fails 体检; the next in rank of the same position takes the place.
            var failed = proposed.First(a => a.PositionId == campaign.Positions.Single(p => p.Code == "A01").Id);
            failed.Fail("体检不合格（依据《公务员录用体检通用标准（试行）》复检结论）", medical);
            var replacement = Replacement(campaign, failed, registration.Where(a => a.PositionId == failed.PositionId).ToList());
            replacement.EnterAsReplacement(campaign, failed.Id, medical.AddHours(1));
            replacement.Advance(campaign, RecruitmentStage.Assessment, At(campaign.AssessmentOn!.Value, 11));
            var toHire = proposed.Where(a => a.IsActive).Append(replacement).ToList();
            toHire.Where(a => a.Stage == RecruitmentStage.Medical).ToList().ForEach(a => a.Advance(campaign, RecruitmentStage.Assessment, At(campaign.AssessmentOn!.Value, 17)));
            await S.applications.SaveChangesAsync(cancellationToken);

            var publicityDay = campaign.AssessmentOn!.Value.AddDays(6);
            var publicity = new RecruitmentPublicity(_ids.For("publicity", "finished"), zone.Id, campaign.Id, $"{campaign.TitleZh}拟聘用人员公示", 7, At(publicityDay, 9));
            toHire.ForEach(a => publicity.AddEntry(campaign, a, At(publicityDay, 9)));
            var period = await S.publicityManager.PublishAsync(publicity, campaign, toHire, publicityDay, Hr, At(publicityDay, 10), cancellationToken);
            await S.publicities.InsertAsync(publicity, cancellationToken);
            await S.publicities.SaveChangesAsync(cancellationToken);

            var hiredAt = At(period.EndsOn.AddDays(3), 10);
            var startsOn = period.EndsOn.AddDays(10);
            foreach (var application in toHire)
            {
                var hire = await S.hireManager.HireAsync(application, campaign, publicity, new HireTerms(startsOn, 36, FirstEmployment: true), Hr, hiredAt, cancellationToken);
                await S.applications.SaveChangesAsync(cancellationToken);

                // What the 社保 feed has reported since the hire started: months insured locally.
                var profile = await S.profiles.GetAsync(hire.TalentProfileId, cancellationToken);
                profile.SetEmployment(profile.Employer, true, profile.ContractYears, MonthsBetween(startsOn, today), profile.ArrivedOn);
            }

            campaign.Close(At(startsOn, 9));
            plan.Close(At(startsOn, 9));
            await S.campaigns.SaveChangesAsync(cancellationToken);
        }

        /// <summary>A plan approved two months ago: one campaign in the interview stage, one open for registration today.</summary>
        public async Task InterviewAndOpenAsync(CancellationToken cancellationToken)
        {
            var plan = await ApprovedPlanAsync("current", today.AddDays(-75), [.. Interview, .. Open], cancellationToken);

            var published = today.AddDays(-45);
            var interview = await PublishAsync(
                "interview", plan, Interview, published, published.AddDays(2), published.AddDays(9),
                [today.AddDays(-20), today.AddDays(10), today.AddDays(20), today.AddDays(24)], cancellationToken);
            var registration = await RegisterAsync(interview, Interview, interview.RegistrationStart, cancellationToken);
            var byPosition = await QualifyAndCheckRatioAsync(interview, registration, interview.RegistrationEnd.AddDays(3), cancellationToken);
            foreach (var position in interview.Positions)
            {
                await WrittenExamAsync(interview, position, byPosition[position.Id], At(interview.WrittenExamOn!.Value.AddDays(6), 9), position.Code == "B01", cancellationToken);
            }

            await S.applications.SaveChangesAsync(cancellationToken);

            // Open today: published three days ago, registration from two days ago for a week.
            var openPublished = today.AddDays(-3);
            var open = await PublishAsync(
                "open", plan, Open, openPublished, today.AddDays(-2), today.AddDays(6),
                [today.AddDays(20), today.AddDays(35), today.AddDays(45), today.AddDays(50)], cancellationToken);
            var registered = await RegisterAsync(open, Open, today, cancellationToken);

            // 资格初审 has begun: about half of those who registered are reviewed.
            foreach (var application in registered.Where((_, i) => i % 2 == 0))
            {
                Qualify(open, application, Past(At(today, 9)));
            }

            await S.applications.SaveChangesAsync(cancellationToken);
        }

        /// <summary>
        /// A tier-B talent on pool slot ZZ-002 (the draft the plan seeder left names ZZ-001), in a unit without 事业编制 空编, on a
        /// post set up for the talent; requested, approved and seated about five months ago.
        /// </summary>
        public async Task PoolLoanAsync(CancellationToken cancellationToken)
        {
            if (await S.slots.FindAsync(_ids.For("pool-slot", "2"), cancellationToken) is not { Status: StaffingPoolSlotStatus.Free } slot)
            {
                return;
            }

            // "有空编的单位不得使用周转编制": the borrower has no 事业编制 空编 — a 事业单位 if one is full, else a 大部门 (the demo's 事业单位 all have 空编).
            var seats = await S.seatReader.ReadAsync(zone.Id, cancellationToken);
            var zoneUnits = await S.executer.ToListAsync(S.units.GetQueryable().Where(u => u.ZoneId == zone.Id), cancellationToken);
            var borrower = zoneUnits
                .Where(u => u.Functions.Count > 0 && seats.For(u.Id, StaffingType.PublicInstitution).Vacant == 0)
                .OrderBy(u => u.Kind switch { OrgUnitKind.PublicInstitution => 0, OrgUnitKind.Department => 1, _ => 2 }).ThenBy(u => u.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (borrower is null)
            {
                return;
            }

            var requestedAt = At(today.AddDays(-160), 10);
            var startsOn = today.AddDays(-140);
            var prefix = zone.Code.ToUpperInvariant()[..2];

            // The talent's post, set up beyond the unit's quota: the pool slot, not the unit's 编制, carries it.
            var post = new Post(
                _ids.For("post", "pool-talent"), zone.Id, borrower.Id, $"{prefix}-TP-001", "特聘研究员（高层次人才）", "Distinguished researcher (high-level talent)",
                PostCategory.Professional, 4, StaffingType.PublicInstitution, LeadershipRole.None, 1m);
            post.SetDutyClauses([borrower.Functions.First().Id]);
            var birthDate = today.AddYears(-41).AddDays(-97);
            // One talent per zone, so no two zones hold the same person (name, 身份证号).
            var index = DemoZones.All.ToList().FindIndex(z => z.Code == zone.Code);
            var name = PoolTalentNames[index % PoolTalentNames.Length];
            var person = new Person(_ids.For("person", "pool-talent"), zone.Id, name, Gender.Male, birthDate, DemoIdNumbers.Make("110108", birthDate, 417 + (2 * index), true));
            person.SetEducation(EducationDegree.Doctorate, "清华大学", "材料科学与工程");
            person.SetProfile("研究员", $"1390123456{index}", false);
            await S.staffingWriter.InsertAsync(post, cancellationToken);
            await S.staffingWriter.InsertAsync(person, cancellationToken);

            var request = new PoolLoanRequest(
                borrower.Id, borrower.NameZh, person.Name, person.Id, null, PoolLoanJustification.TalentTier, TalentTierLevel.B, null, 36, null,
                "单位出现事业编制空编时立即归还周转编制，转入正式编制。");
            var loan = await S.loanManager.CreateAsync(
                zone.Id, NextNumber("ZL", requestedAt, await S.executer.ToListAsync(S.loans.GetQueryable().Where(l => l.ZoneId == zone.Id).Select(l => l.Number), cancellationToken)), slot, request, PoolLoanPolicy.Default, Hr, people.Hr.UserName!,
                requestedAt, cancellationToken);
            await S.loans.InsertAsync(loan, cancellationToken);
            await S.loanManager.SubmitAsync(loan, slot, PoolLoanPolicy.Default, requestedAt, cancellationToken);
            await S.approvals.ApproveAsync(loan, zone.Id, Hr, requestedAt, [people.Reviewer, people.Leader], cancellationToken);
            var appointment = AppointmentManager.AppointPlanned(zone.Id, person, post, startsOn, At(startsOn, 9));
            await S.staffingWriter.InsertAsync(appointment, cancellationToken);
            PoolLoanManager.Activate(loan, slot, appointment.Id, person.Id, startsOn, At(startsOn, 9));
            await S.loans.SaveChangesAsync(cancellationToken);
        }

        /// <summary>Drafts the plan with a line per position on its post, checks it against 空编 and runs it through the route.</summary>
        private async Task<RecruitmentPlan> ApprovedPlanAsync(string key, DateOnly submittedOn, IReadOnlyList<PositionPlan> positions, CancellationToken cancellationToken)
        {
            var submitted = At(submittedOn, 10);
            var year = submittedOn.Year;
            var plan = new RecruitmentPlan(
                _ids.For("recruitment-plan", key), zone.Id, year, NextNumber("ZP", submitted, await S.executer.ToListAsync(S.plans.GetQueryable().Where(p => p.ZoneId == zone.Id).Select(p => p.Number), cancellationToken)),
                $"{year}年度{zone.ShortNameZh}高新区事业单位及员额制公开招聘计划", Hr, people.Hr.UserName!, submitted.AddDays(-5));
            foreach (var position in positions)
            {
                var post = _posts[position.Code];
                var unit = await S.units.GetAsync(post.OrgUnitId, cancellationToken);
                plan.AddLine(new RecruitmentPlanLineSpec(unit.Id, unit.NameZh, post.Id, post.TitleZh, post.StaffingType, position.Places, position.Name), submitted.AddDays(-5));
            }

            await S.plans.InsertAsync(plan, cancellationToken);
            plan.Submit(await S.capacity.CheckAsync(plan, cancellationToken), submitted);
            await S.approvals.ApproveAsync(plan, zone.Id, Hr, submitted, [people.Reviewer, people.Leader], cancellationToken);
            await S.plans.SaveChangesAsync(cancellationToken);
            return plan;
        }

        /// <summary>A campaign from the plan's lines (one position per line, places as the line), published with a notice of four weeks.</summary>
        private async Task<RecruitmentCampaign> PublishAsync(
            string key, RecruitmentPlan plan, IReadOnlyList<PositionPlan> positions, DateOnly publishedOn, DateOnly registrationStart, DateOnly registrationEnd,
            DateOnly[] stages, CancellationToken cancellationToken)
        {
            var drafted = At(publishedOn.AddDays(-7), 10);
            var code = $"{plan.Year}-{key switch { "finished" => "GK01", "interview" => "GK02", _ => "GK03" }}";
            var campaign = new RecruitmentCampaign(
                _ids.For("campaign", key), zone.Id, plan.Year, code, $"{plan.Year}年{zone.ShortNameZh}高新区公开招聘工作人员公告（{key switch { "finished" => "第一批", "interview" => "第二批", _ => "第三批" }}）",
                null, plan.Id, registrationStart, registrationEnd, drafted);
            campaign.SetStageDates(stages[0], stages[1], stages[2], stages[3], drafted);
            foreach (var position in positions)
            {
                var post = _posts[position.Code];
                var line = plan.Lines.Single(l => l.PostId == post.Id);
                var scoring = PositionScoring.ExaminationDefaults with { Shortfall = position.Shortfall, ProbationMonths = RecruitmentCampaignConsts.ExtendedProbationMonths };
                campaign.AddPosition(
                    new CampaignPositionSpec(line.Id, post.OrgUnitId, post.Id, post.StaffingType, position.Code, position.Name, line.Places, DemoApplicants.Requirements, scoring),
                    drafted);
            }

            await S.campaignManager.PublishAsync(campaign, publishedOn, publishedOn.AddDays(28), Hr, At(publishedOn, 9), cancellationToken);
            await S.campaigns.InsertAsync(campaign, cancellationToken);
            return campaign;
        }

        /// <summary>报名 with the 诚信承诺, spread over the registration days up to <paramref name="lastDay"/>.</summary>
        private async Task<List<Application>> RegisterAsync(
            RecruitmentCampaign campaign, IReadOnlyList<PositionPlan> positions, DateOnly lastDay, CancellationToken cancellationToken)
        {
            var result = new List<Application>();
            var days = lastDay.DayNumber - campaign.RegistrationStart.DayNumber + 1;
            foreach (var plan in positions)
            {
                var position = campaign.Positions.Single(p => p.Code == plan.Code);
                for (var i = 0; i < plan.Applicants; i++)
                {
                    var day = campaign.RegistrationStart.AddDays(i % days);
                    var at = Past(At(day, 8 + (i % 12)));
                    var candidate = applicants.Next(campaign.EligibilityReferenceDate, qualifies: i >= plan.Unqualified);
                    result.Add(await S.applicationManager.OpenAsync(campaign, position.Id, candidate, at, [], day, at, cancellationToken));
                }
            }

            return result;
        }

        /// <summary>资格初审 (the unqualified fail with the reason), then the 开考比例 decision per position as the rule gives it.</summary>
        private async Task<Dictionary<Guid, List<Application>>> QualifyAndCheckRatioAsync(
            RecruitmentCampaign campaign, List<Application> registered, DateOnly reviewedOn, CancellationToken cancellationToken)
        {
            registered.ForEach(a => Qualify(campaign, a, At(reviewedOn, 15)));
            foreach (var position in campaign.Positions)
            {
                var qualified = registered.Count(a => a.PositionId == position.Id && a.IsActive);
                var result = OpeningRatioCheck.Evaluate(position.Places, qualified, position.Method, position.OpeningRatioShortfall!.Value, position.OpeningRatio!.Value);
                campaign.DecideOpeningRatio(position.Id, qualified, result.PlacesKept, Hr, At(reviewedOn.AddDays(1), 10));
            }

            await S.applications.SaveChangesAsync(cancellationToken);
            return campaign.Positions.ToDictionary(p => p.Id, p => registered.Where(a => a.PositionId == p.Id && a.IsActive).ToList());
        }

        private static void Qualify(RecruitmentCampaign campaign, Application application, DateTimeOffset at)
        {
            if (application.CheckEligibility(campaign).Count > 0)
            {
                application.Fail("资格初审不通过：学历不符合岗位要求（本科及以上）", at);
            }
            else
            {
                application.Advance(campaign, RecruitmentStage.QualificationPassed, at);
            }
        }

        /// <summary>
        /// 笔试 with distinct scores (one below the pass line), then the shortlist by <see cref="InterviewShortlist"/>: those
        /// admitted pass 资格复审. With <paramref name="tieAtCutOff"/> the one after the cut-off scores the same as the last admitted.
        /// </summary>
        private async Task<List<Application>> WrittenExamAsync(
            RecruitmentCampaign campaign, CampaignPosition position, List<Application> qualified, DateTimeOffset at, bool tieAtCutOff, CancellationToken cancellationToken)
        {
            var scores = applicants.DistinctScores(qualified.Count, 61m, 89m);
            scores[^1] = 56.5m;
            var quota = position.Places * position.InterviewRatio!.Value;
            if (tieAtCutOff)
            {
                var ordered = scores.OrderDescending().ToList();
                scores[scores.IndexOf(ordered[quota])] = ordered[quota - 1];
            }

            for (var i = 0; i < qualified.Count; i++)
            {
                qualified[i].Advance(campaign, RecruitmentStage.WrittenExam, At(campaign.WrittenExamOn!.Value, 9));
                qualified[i].RecordWrittenScore(scores[i], at);
            }

            var shortlist = InterviewShortlist.Select(
                qualified.Select(a => new WrittenResult(a.Id, a.WrittenScore)), position.Places, position.InterviewRatio!.Value, position.WrittenPassLine!.Value);
            var admitted = shortlist.Admitted.Select(r => r.CandidateId).ToHashSet();
            var result = qualified.Where(a => admitted.Contains(a.Id)).ToList();
            result.ForEach(a => a.Advance(campaign, RecruitmentStage.QualificationRechecked, at.AddDays(2)));
            await S.applications.SaveChangesAsync(cancellationToken);
            return result;
        }

        /// <summary>The next in rank for the place <paramref name="left"/> left, as <see cref="ReplacementSelector"/> picks under the position's policy.</summary>
        private static Application Replacement(RecruitmentCampaign campaign, Application left, List<Application> ofPosition)
        {
            var ranked = ofPosition.Where(a => a.Rank is not null).OrderBy(a => a.Rank).ToList();
            var taken = ranked.Where(a => !(a.IsActive && a.Stage == RecruitmentStage.Ranked)).Select(a => a.Id).ToHashSet();
            var result = ReplacementSelector.Next(
                ranked.Select(a => new RankedCandidate(a.Id, a.Rank!.Value, a.TotalScore!.Value, a.WrittenScore, null, false)).ToList(), taken,
                campaign.GetPosition(left.PositionId).ReplacementPolicy, 0);
            return ranked.Single(a => a.Id == result.CandidateId);
        }

        /// <summary>Today's events are dated no later than now.</summary>
        private DateTimeOffset Past(DateTimeOffset at) => at < now ? at : now;

        private static decimal Total(CampaignPosition position, Application a) =>
            ScoreCalculator.Total(position.Method, a.WrittenScore, a.InterviewScore!.Value, position.WrittenWeightPercent ?? 0, position.ScoreDecimals, position.ScoreRounding);

        private static int MonthsBetween(DateOnly from, DateOnly to) =>
            Math.Max(0, ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0));

        /// <summary>The next free number of the year (<c>ZP2026-002</c>) after the zone's highest: the plan seeder's numbers are fixed.</summary>
        private static string NextNumber(string kind, DateTimeOffset at, IEnumerable<string> numbers)
        {
            var prefix = kind + WorkingDayCalendar.ChinaDate(at).Year.ToString(CultureInfo.InvariantCulture) + "-";
            var highest = numbers.Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .Select(n => int.TryParse(n.AsSpan(prefix.Length), CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
            return prefix + (highest + 1).ToString("000", CultureInfo.InvariantCulture);
        }
    }
}
