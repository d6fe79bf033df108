import { RecruitmentPlanDto, RecruitmentPlanLineDto } from '../../../proxy/models';
import { CAPACITY_COLUMNS, exceedingLines, lineCapacity, planActions, planMilestones, withLine } from './capacity';

function line(overrides: Partial<RecruitmentPlanLineDto> = {}): RecruitmentPlanLineDto {
  return {
    id: 'l1', sequence: 1, orgUnitId: 'u1', unitName: '科技创新局', postId: 'p1', postTitle: '科员', staffingType: 'PublicInstitution',
    places: 2, note: '', quota: 10, occupied: 6, reservedByOtherPlans: 1, pendingHires: 0, owedToPoolLoans: 1, free: 2, askedInPlan: 2,
    exceeds: false, ...overrides,
  };
}

describe('a plan line\'s 空编', () => {
  it('shows the seven numbers of the server\'s report in the column order, each with its test id', () => {
    const capacity = lineCapacity(line());
    expect(capacity.cells.map(cell => cell.key)).toEqual([...CAPACITY_COLUMNS]);
    expect(capacity.cells.map(cell => cell.value)).toEqual([10, 6, 1, 0, 1, 2, 2]);
    expect(capacity.cells.find(cell => cell.testId === 'line-capacity-free')?.value).toBe(2);
  });

  it('is within 空编 when the plan asks no more than is free', () => {
    expect(lineCapacity(line()).exceeds).toBe(false);
    expect(lineCapacity(line()).shortBy).toBe(0);
  });

  it('over 空编 tells by how many: two lines of the unit ask 5, 2 are free', () => {
    const capacity = lineCapacity(line({ places: 3, askedInPlan: 5, exceeds: true }));
    expect(capacity.exceeds).toBe(true);
    expect(capacity.shortBy).toBe(3);
  });

  it('lists the plan\'s lines over 空编', () => {
    const plan = { lines: [line(), line({ id: 'l2', exceeds: true, askedInPlan: 4 })] } as RecruitmentPlanDto;
    expect(exceedingLines(plan).map(l => l.id)).toEqual(['l2']);
    expect(exceedingLines(null)).toEqual([]);
  });
});

describe('what may be done with a plan', () => {
  it('HR edits, submits and deletes only a draft', () => {
    expect(planActions('Draft', true)).toEqual({ edit: true, submit: true, delete: true, file: false, close: false });
    expect(planActions('Submitted', true)).toEqual({ edit: false, submit: false, delete: false, file: false, close: false });
  });

  it('HR records the 备案 of an approved plan and closes an approved or filed one', () => {
    expect(planActions('Approved', true)).toMatchObject({ file: true, close: true });
    expect(planActions('Filed', true)).toMatchObject({ file: false, close: true });
    expect(planActions('Closed', true)).toMatchObject({ file: false, close: false });
  });

  it('a leader (read only) is offered nothing, whatever the status', () => {
    for (const status of ['Draft', 'Approved', 'Filed'] as const) {
      expect(Object.values(planActions(status, false)).some(Boolean)).toBe(false);
    }
  });
});

describe('the lines sent to the update endpoint', () => {
  const lines = [line(), line({ id: 'l2', postId: null, postTitle: '新设岗位', note: '急需' })];

  it('replace the edited line in place', () => {
    const sent = withLine(lines, { id: 'l1', orgUnitId: 'u1', staffingType: 'PublicInstitution', postId: 'p1', places: 1 });
    expect(sent.map(l => [l.id, l.places])).toEqual([['l1', 1], ['l2', 2]]);
  });

  it('append a new line and keep a new post by its title', () => {
    const sent = withLine(lines, { id: null, orgUnitId: 'u2', staffingType: 'Headcount', postTitle: '工程师', places: 1 });
    expect(sent).toHaveLength(3);
    expect(sent[1]).toMatchObject({ id: 'l2', postId: null, postTitle: '新设岗位', note: '急需' });
    expect(sent[2]).toMatchObject({ id: null, postTitle: '工程师' });
  });

  it('leave out a removed line', () => {
    expect(withLine(lines, null, 'l1').map(l => l.id)).toEqual(['l2']);
  });
});

describe('the plan\'s progress', () => {
  it('marks the milestones reached; a rejected plan shows the rejection in red', () => {
    const plan = {
      status: 'Rejected', creationTime: '2026-12-01T09:00:00+08:00', creatorName: '人事专员', submittedAt: '2026-12-02T09:00:00+08:00',
      decidedAt: '2026-12-03T09:00:00+08:00', filedOn: null, filingNumber: null, closedAt: null,
    } as unknown as RecruitmentPlanDto;
    const milestones = planMilestones(plan);
    expect(milestones.map(m => !!m.at)).toEqual([true, true, true, false, false]);
    expect(milestones[2]).toMatchObject({ key: 'RecruitmentPlans:MilestoneRejected', color: 'red' });
  });
});
