import { describe, expect, it } from 'vitest';
import { ApplicationDto, RecruitmentPlanLineDto } from '../../../proxy/models';
import { positionFromLine, splitMajors, toPositionInput } from './campaign-form';
import { rankingRows, replaceable, scoreEditable, tiedAtCutOff } from './scores';

const line = { id: 'l1', orgUnitId: 'u1', postId: 'p1', postTitle: '软件工程师', unitName: '信息中心', staffingType: 'PublicInstitution', places: 2 } as RecruitmentPlanLineDto;

describe('campaign form', () => {
  it('splits majors on Chinese and Latin separators; nothing typed means 不限', () => {
    expect(splitMajors('计算机、软件工程, 电子；数学')).toEqual(['计算机', '软件工程', '电子', '数学']);
    expect(splitMajors('  ')).toBeNull();
  });

  it('sends 直接考察 without written weight, written pass line or ratios', () => {
    const position = { ...positionFromLine(line, 0), method: 'DirectAssessment' as const };
    const scoring = toPositionInput(position).scoring;
    expect(scoring.writtenWeightPercent).toBeNull();
    expect(scoring.writtenPassLine).toBeNull();
    expect(scoring.openingRatio).toBeNull();
    expect(scoring.interviewRatio).toBeNull();
    expect(scoring.shortfall).toBeNull();
    expect(scoring.rounding).toBe('HalfUp');
  });

  it('takes the plan line unit, post, type and places for an examination position with the 1:3 defaults', () => {
    const input = toPositionInput({ ...positionFromLine(line, 1), rounding: 'Truncate' });
    expect([input.planLineId, input.orgUnitId, input.postId, input.staffingType, input.places, input.code]).toEqual(['l1', 'u1', 'p1', 'PublicInstitution', 2, '02']);
    expect([input.scoring.writtenWeightPercent, input.scoring.openingRatio, input.scoring.interviewRatio, input.scoring.rounding]).toEqual([50, 3, 3, 'Truncate']);
  });
});

const app = (id: string, over: Partial<ApplicationDto>) =>
  ({ id, candidateName: id, stage: 'Interview', status: 'Active', rank: null, writtenScore: null, interviewScore: null, totalScore: null, needsExtraTest: false, ...over }) as ApplicationDto;

describe('scores and ranking', () => {
  it('takes a score only at its stage while active', () => {
    expect(scoreEditable(app('a', { stage: 'WrittenExam' }), 'WrittenExam')).toBe(true);
    expect(scoreEditable(app('a', { stage: 'WrittenExam' }), 'Interview')).toBe(false);
    expect(scoreEditable(app('a', { stage: 'Interview', status: 'Failed' }), 'Interview')).toBe(false);
  });

  it('flags those admitted at the cut-off score only when several share it', () => {
    const apps = [app('a', { writtenScore: 90 }), app('b', { writtenScore: 80 }), app('c', { writtenScore: 80 }), app('d', { writtenScore: 70 })];
    expect([...tiedAtCutOff(['a', 'b', 'c'], 80, apps)].sort()).toEqual(['b', 'c']);
    expect(tiedAtCutOff(['a', 'b'], 80, [apps[0], apps[1]]).size).toBe(0);
    expect(tiedAtCutOff(['a'], null, apps).size).toBe(0);
  });

  it('lists ranked applications in rank order with the latest run’s ties and proposed hires', () => {
    const apps = [app('b', { rank: 2, totalScore: 80 }), app('a', { rank: 1, totalScore: 85 }), app('x', {})];
    const rows = rankingRows(apps, {
      ranked: [
        { applicationId: 'a', candidateName: 'a', rank: 1, total: 85, written: 80, extraTest: null, tied: false },
        { applicationId: 'b', candidateName: 'b', rank: 2, total: 80, written: 70, extraTest: 88, tied: true },
      ],
      proposedHires: ['a'], tieAtLastPlace: [], failedInterview: [],
    });
    expect(rows.map(r => [r.id, r.rank, r.proposed, r.tied, r.extraTest])).toEqual([['a', 1, true, false, null], ['b', 2, false, true, 88]]);
    expect(rankingRows(apps, null).map(r => r.id)).toEqual(['a', 'b']);
  });

  it('offers 递补 only for a ranked place left by failure or withdrawal', () => {
    const apps = [app('a', { rank: 1, status: 'Failed' }), app('b', { rank: 2 }), app('c', { status: 'Withdrawn' })];
    expect(replaceable(apps).map(a => a.id)).toEqual(['a']);
  });
});
