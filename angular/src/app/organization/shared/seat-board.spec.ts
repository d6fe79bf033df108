import { AppointmentDto, PostDto, StaffingQuotaDto, StaffingType } from '../../proxy/models';
import { appointablePosts, buildSeatBoard, overrun } from './seat-board';

const UNIT = 'unit-1';

function quota(staffingType: StaffingType, approved: number, orgUnitId = UNIT): StaffingQuotaDto {
  return { id: `${orgUnitId}-${staffingType}`, orgUnitId, staffingType, approved, occupied: 0, vacant: approved, concurrencyStamp: 's' };
}

function post(id: string, code: string, staffingType: StaffingType, status: PostDto['status'] = 'Filled'): PostDto {
  return {
    id, code, staffingType, status, orgUnitId: UNIT, titleZh: `${code}岗`, titleEn: `${code} post`, category: 'Management',
    level: 8, leadershipRole: 'None', dutyClauseIds: [], fte: 1, concurrencyStamp: 's',
  };
}

function appointment(id: string, personId: string, postId: string, staffingType: StaffingType, endedOn: string | null = null): AppointmentDto {
  return {
    id, personId, postId, staffingType, endedOn, orgUnitId: UNIT, kind: 'Appointed', isPrimary: true, termStart: '2026-01-01',
    termEnd: null, endReason: null, concurrencyStamp: 's',
  };
}

const posts = new Map([
  ['p-b', post('p-b', 'B02', 'Administrative')],
  ['p-a', post('p-a', 'A01', 'Administrative')],
  ['p-h', post('p-h', 'H01', 'Headcount')],
]);
const names = new Map([['zhang', '张三'], ['li', '李四'], ['wang', '王五']]);

describe('buildSeatBoard', () => {
  it('groups seats by staffing type in glossary order: filled (by post code) first, then vacant', () => {
    const board = buildSeatBoard(UNIT, '经发局', [quota('Headcount', 1), quota('Administrative', 3)], [
      appointment('a1', 'zhang', 'p-b', 'Administrative'),
      appointment('a2', 'li', 'p-a', 'Administrative'),
    ], posts, names);

    expect(board.orgUnitName).toBe('经发局');
    expect(board.groups.map(group => group.staffingType)).toEqual(['Administrative', 'Headcount']);
    const [administrative, headcount] = board.groups;
    expect(administrative).toMatchObject({ approved: 3, occupied: 2, vacant: 1 });
    expect(administrative.seats.map(seat => [seat.index, seat.isFilled, seat.personName, seat.postCode])).toEqual([
      [1, true, '李四', 'A01'],
      [2, true, '张三', 'B02'],
      [3, false, null, null],
    ]);
    expect(headcount.seats).toHaveLength(1);
    expect(headcount.seats[0].isFilled).toBe(false);
  });

  it('ignores ended appointments and quotas of other units', () => {
    const board = buildSeatBoard(UNIT, 'x', [quota('Administrative', 1), quota('Administrative', 9, 'other')], [
      appointment('a1', 'zhang', 'p-a', 'Administrative', '2026-03-01'),
    ], posts, names);
    expect(board.groups[0]).toMatchObject({ approved: 1, occupied: 0, vacant: 1 });
  });

  it('lists every filled seat of an overrun and reports it', () => {
    const board = buildSeatBoard(UNIT, 'x', [quota('Administrative', 1)], [
      appointment('a1', 'zhang', 'p-a', 'Administrative'),
      appointment('a2', 'wang', 'p-b', 'Administrative'),
    ], posts, names);
    const group = board.groups[0];
    expect(group.seats).toHaveLength(2);
    expect(group.vacant).toBe(0);
    expect(overrun(group)).toBe(1);
  });

  it('shows a type that has appointments but no quota (all of it overrun)', () => {
    const board = buildSeatBoard(UNIT, 'x', [], [appointment('a1', 'zhang', 'p-h', 'Headcount')], posts, names);
    expect(board.groups).toHaveLength(1);
    expect(overrun(board.groups[0])).toBe(1);
  });

  it('offers only vacant, unfrozen posts of the seat type for an appointment', () => {
    const candidates = [post('1', 'X1', 'Administrative', 'Vacant'), post('2', 'X2', 'Administrative', 'Frozen'),
      post('3', 'X3', 'Headcount', 'Vacant'), post('4', 'X4', 'Administrative', 'Filled')];
    expect(appointablePosts(candidates, 'Administrative').map(item => item.code)).toEqual(['X1']);
  });
});
