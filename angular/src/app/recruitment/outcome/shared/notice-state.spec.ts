import { describe, expect, it } from 'vitest';
import { RecruitmentNoticeDto, RecruitmentNoticeObjectionDto } from '../../../proxy/models';
import { daysBetween, entryState, expectedProbationMonths, noticeProgress } from './notice-state';
import { readyForPublicity } from './outcome-labels';

// Published Mon 2026-09-28: 7 working days from 09-29 across 国庆 and the 调休 Saturday end on 10-13 (the server's dates).
const published = { status: 'Published' as const, startsOn: '2026-09-29', endsOn: '2026-10-13', hasEnded: false };

function objection(applicationId: string, resolution: RecruitmentNoticeObjectionDto['resolution']): RecruitmentNoticeObjectionDto {
  return { id: `o-${applicationId}-${resolution}`, applicationId, content: '反映问题', raisedBy: '张三', receivedAt: '2026-10-09T10:00:00+08:00',
    resolution, resolutionNote: null, resolvedAt: null };
}

function notice(overrides: Partial<RecruitmentNoticeDto>): Pick<RecruitmentNoticeDto, 'status' | 'hasEnded' | 'objections'> {
  return { ...published, objections: [], ...overrides };
}

describe('the 公示 period', () => {
  it('counts calendar days between dates across a month end', () => {
    expect(daysBetween('2026-09-28', '2026-10-13')).toBe(15);
    expect(daysBetween('2026-10-13', '2026-10-13')).toBe(0);
  });

  it('is published but not started on the publication day, with the days left to the last day included', () => {
    expect(noticeProgress(published, '2026-09-28')).toEqual({ phase: 'Published', daysRemaining: 16 });
  });

  it('runs from the first day, and its last day still counts one day left', () => {
    expect(noticeProgress(published, '2026-09-29')).toEqual({ phase: 'Running', daysRemaining: 15 });
    expect(noticeProgress(published, '2026-10-13')).toEqual({ phase: 'Running', daysRemaining: 1 });
  });

  it('has ended the day after the last day, or whenever the server says so', () => {
    expect(noticeProgress(published, '2026-10-14')).toEqual({ phase: 'Ended', daysRemaining: 0 });
    expect(noticeProgress({ ...published, hasEnded: true }, '2026-10-01')).toEqual({ phase: 'Ended', daysRemaining: 0 });
  });

  it('has no period while a draft', () => {
    expect(noticeProgress({ status: 'Draft', startsOn: null, endsOn: null, hasEnded: false }, '2026-10-01'))
      .toEqual({ phase: 'Draft', daysRemaining: null });
  });
});

describe('a listed candidate', () => {
  const none = new Set<string>();

  it('can be hired only once the period has ended without objections left open or upheld', () => {
    expect(entryState(notice({}), 'a', none)).toBe('InPeriod');
    expect(entryState(notice({ hasEnded: true }), 'a', none)).toBe('Ready');
    expect(entryState(notice({ hasEnded: true, objections: [objection('a', 'Pending')] }), 'a', none)).toBe('ObjectionPending');
    expect(entryState(notice({ hasEnded: true, objections: [objection('a', 'Dismissed')] }), 'a', none)).toBe('Ready');
  });

  it('fails on an upheld objection, while another candidate of the same 公示 is unaffected', () => {
    const upheld = notice({ hasEnded: true, objections: [objection('a', 'Dismissed'), objection('a', 'Upheld')] });
    expect(entryState(upheld, 'a', none)).toBe('Failed');
    expect(entryState(upheld, 'b', none)).toBe('Ready');
  });

  it('is hired once a hire exists for the application, and waits while the 公示 is a draft', () => {
    expect(entryState(notice({ hasEnded: true }), 'a', new Set(['a']))).toBe('Hired');
    expect(entryState(notice({ status: 'Draft', hasEnded: false }), 'a', none)).toBe('Draft');
  });
});

describe('the expected 试用期', () => {
  it('is 12 months for a first employment with a contract of 3 years or more, else the campaign\'s', () => {
    expect(expectedProbationMonths(true, 36, 3)).toBe(12);
    expect(expectedProbationMonths(true, 35, 3)).toBe(3);
    expect(expectedProbationMonths(false, 60, 6)).toBe(6);
  });
});

describe('the candidates ready for a 公示', () => {
  const positions = [
    { id: 'p1', scoring: { method: 'Examination' as const } },
    { id: 'p2', scoring: { method: 'DirectAssessment' as const, checkOrder: 'AssessmentFirst' as const } },
  ];
  const application = (id: string, positionId: string, stage: string, status = 'Active') => ({ id, positionId, stage, status }) as never;

  it('are past the last of 体检 and 考察 in the position\'s order, and active', () => {
    const ready = readyForPublicity([
      application('a', 'p1', 'Assessment'), application('b', 'p1', 'Medical'), application('c', 'p2', 'Medical'),
      application('d', 'p2', 'Assessment'), application('e', 'p1', 'Assessment', 'Failed'),
    ], positions as never);
    expect(ready.map(a => a.id)).toEqual(['a', 'c']);
  });
});
