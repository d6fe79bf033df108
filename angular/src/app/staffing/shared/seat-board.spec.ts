import { SeatDto, SeatGroupDto } from '../../proxy/models';
import { isOverrunSeat, overrun, seatPostLabel } from './seat-board';

function seat(index: number, isFilled: boolean, extra: Partial<SeatDto> = {}): SeatDto {
  return {
    index, isFilled, appointmentId: null, personId: null, personName: null,
    postId: null, postCode: null, postTitleZh: null, postTitleEn: null, ...extra,
  };
}

function group(approved: number, filled: number): SeatGroupDto {
  const seats = Array.from({ length: Math.max(approved, filled) }, (_, index) => seat(index + 1, index < filled));
  return { staffingType: 'Administrative', approved, occupied: filled, vacant: Math.max(0, approved - filled), seats };
}

describe('seat board helpers', () => {
  it('reports the overrun of a group and marks the seats beyond the quota', () => {
    const over = group(1, 3);
    expect(overrun(over)).toBe(2);
    expect(over.seats.map(item => isOverrunSeat(over, item))).toEqual([false, true, true]);
  });

  it('has no overrun within the quota, and vacant seats are never over', () => {
    const within = group(3, 1);
    expect(overrun(within)).toBe(0);
    expect(within.seats.some(item => isOverrunSeat(within, item))).toBe(false);
  });

  it('labels a seat with its post code and the title in the UI language, English falling back to Chinese', () => {
    const filled = seat(1, true, { postCode: 'JF-01', postTitleZh: '综合科员', postTitleEn: 'Clerk' });
    expect(seatPostLabel(filled, true)).toBe('JF-01 综合科员');
    expect(seatPostLabel(filled, false)).toBe('JF-01 Clerk');
    expect(seatPostLabel({ ...filled, postTitleEn: '' }, false)).toBe('JF-01 综合科员');
    expect(seatPostLabel(seat(2, false), true)).toBe('');
  });
});
