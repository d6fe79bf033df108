import { SeatDto, SeatGroupDto } from '../../proxy/models';

/** How many filled seats exceed the approved number (超编), 0 when within the quota. */
export function overrun(group: SeatGroupDto): number {
  return Math.max(0, group.occupied - group.approved);
}

/** A filled seat beyond the approved number: the server lists every filled seat of an overrun, numbered on. */
export function isOverrunSeat(group: SeatGroupDto, seat: SeatDto): boolean {
  return seat.isFilled && seat.index > group.approved;
}

/** The post a seat is filled through, as "code title" in the UI's language (English falls back to Chinese). */
export function seatPostLabel(seat: SeatDto, chinese: boolean): string {
  const title = chinese ? seat.postTitleZh : seat.postTitleEn || seat.postTitleZh;
  return [seat.postCode, title].filter(Boolean).join(' ');
}
