import { OrgUnitKind } from '../../proxy/models';

/** Colour of each kind of unit, in the org chart and its legend. */
export const KIND_COLORS: Readonly<Record<NonNullable<OrgUnitKind>, string>> = {
  ManagementCommittee: '#c41d7f',
  Department: '#1677ff',
  Section: '#13c2c2',
  PublicInstitution: '#52c41a',
  PlatformCompany: '#fa8c16',
};
