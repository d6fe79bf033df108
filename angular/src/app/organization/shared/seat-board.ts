import { AppointmentDto, PostDto, StaffingQuotaDto } from '../../proxy/models';
import { SeatBoardDto, SeatDto, SeatGroupDto } from './contract';
import { STAFFING_TYPES } from './enums';

/**
 * The seat board of a unit built from its quotas and active appointments, in the contract's shape:
 * one group per staffing type (in the glossary's order), one seat per approved slot, filled seats
 * first (by post code), then the vacant ones; an overrun lists every filled seat. Used while the
 * server's `seat-board` endpoint is unavailable, and as its specification.
 */
export function buildSeatBoard(
  orgUnitId: string,
  orgUnitName: string,
  quotas: readonly StaffingQuotaDto[],
  appointments: readonly AppointmentDto[],
  posts: ReadonlyMap<string, PostDto>,
  personNames: ReadonlyMap<string, string>,
): SeatBoardDto {
  const active = appointments.filter(appointment => appointment.orgUnitId === orgUnitId && !appointment.endedOn);
  const types = STAFFING_TYPES.filter(type =>
    quotas.some(quota => quota.orgUnitId === orgUnitId && quota.staffingType === type)
    || active.some(appointment => appointment.staffingType === type));
  const groups = types.map<SeatGroupDto>(type => {
    const approved = quotas
      .filter(quota => quota.orgUnitId === orgUnitId && quota.staffingType === type)
      .reduce((sum, quota) => sum + quota.approved, 0);
    const filled = active
      .filter(appointment => appointment.staffingType === type)
      .map(appointment => ({ appointment, post: posts.get(appointment.postId) }))
      .sort((a, b) => (a.post?.code ?? '').localeCompare(b.post?.code ?? ''));
    const seats: SeatDto[] = filled.map(({ appointment, post }, index) => ({
      index: index + 1,
      isFilled: true,
      appointmentId: appointment.id,
      personId: appointment.personId,
      personName: personNames.get(appointment.personId) ?? null,
      postId: appointment.postId,
      postCode: post?.code ?? null,
      postTitleZh: post?.titleZh ?? null,
      postTitleEn: post?.titleEn ?? null,
    }));
    for (let index = seats.length; index < approved; index++) {
      seats.push(vacantSeat(index + 1));
    }
    return { staffingType: type, approved, occupied: filled.length, vacant: Math.max(0, approved - filled.length), seats };
  });
  return { orgUnitId, orgUnitName, groups };
}

/** How many filled seats exceed the approved number (超编), 0 when within the quota. */
export function overrun(group: SeatGroupDto): number {
  return Math.max(0, group.occupied - group.approved);
}

/** Vacant posts of a unit that draw on `type` and can take an appointment (not frozen). */
export function appointablePosts(posts: readonly PostDto[], type: string): PostDto[] {
  return posts.filter(post => post.staffingType === type && post.status === 'Vacant');
}

function vacantSeat(index: number): SeatDto {
  return {
    index, isFilled: false, appointmentId: null, personId: null, personName: null,
    postId: null, postCode: null, postTitleZh: null, postTitleEn: null,
  };
}
