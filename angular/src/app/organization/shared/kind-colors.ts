import { OrgUnitKind } from '../../proxy/models';

/** Colour of each kind of unit, in the org chart and its legend. */
export const KIND_COLORS: Readonly<Record<NonNullable<OrgUnitKind>, string>> = {
  ManagementCommittee: '#9e1068',
  Department: '#0958d9',
  Section: '#006d75',
  PublicInstitution: '#237804',
  PlatformCompany: '#ad4e00',
};
