import { PlanPostDiffDto } from '../../proxy/models';
import { isLiveUnit, postOptions } from './change-pickers';

const planned = (id: string, patch: Partial<PlanPostDiffDto> = {}): PlanPostDiffDto => ({
  id, code: id.toUpperCase(), titleZh: `岗位${id}`, titleEn: '', diff: 'Added', gradeBefore: null, gradeAfter: null, unitIdBefore: null,
  unitIdAfter: 'u1', ...patch,
});

describe('change pickers', () => {
  it('fetches posts and clauses only of units the server has (not those the plan creates)', () => {
    const units = [{ id: 'new', diff: 'Added' as const }, { id: 'kept', diff: 'Unchanged' as const }];
    expect(isLiveUnit(units, 'new')).toBe(false);
    expect(isLiveUnit(units, 'kept')).toBe(true);
    expect(isLiveUnit(units, 'elsewhere')).toBe(true);
    expect(isLiveUnit(undefined, 'new')).toBe(true);
  });

  it('offers the live posts of the unit, then those the plan creates there, once each', () => {
    const live = [
      { id: 'p1', code: 'P1', titleZh: '科员', titleEn: 'Clerk', status: 'Filled' as const },
      { id: 'p2', code: 'P2', titleZh: '主任', titleEn: '', status: 'Vacant' as const },
    ];
    const options = postOptions(live, [planned('n1'), planned('n2', { unitIdAfter: 'u2' }), planned('p1'), planned('n3', { diff: 'Removed' })], 'u1', false);
    expect(options).toEqual([
      { id: 'p1', label: 'P1 Clerk', vacant: false },
      { id: 'p2', label: 'P2 主任', vacant: true },
      { id: 'n1', label: 'N1 岗位n1', vacant: true },
    ]);
    expect(postOptions(live, [], 'u1', true)[0].label).toBe('P1 科员');
  });
});
