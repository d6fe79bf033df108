import {
  AppointmentKind, EducationDegree, Gender, LeadershipRole, OrgUnitKind, PostCategory, PostStatus, StaffingType,
} from '../../proxy/models';

export const ORG_UNIT_KINDS: readonly NonNullable<OrgUnitKind>[] = [
  'ManagementCommittee', 'Department', 'Section', 'PublicInstitution', 'PlatformCompany',
];
export const STAFFING_TYPES: readonly StaffingType[] = [
  'Administrative', 'PublicInstitution', 'Headcount', 'Contract', 'Dispatched',
];
export const POST_CATEGORIES: readonly PostCategory[] = ['Management', 'Professional', 'Skilled', 'Ordinary'];
export const POST_STATUSES: readonly PostStatus[] = ['Vacant', 'Filled', 'Frozen'];
export const LEADERSHIP_ROLES: readonly LeadershipRole[] = ['None', 'Head', 'Deputy'];
export const APPOINTMENT_KINDS: readonly AppointmentKind[] = ['Appointed', 'Competitive', 'Temporary'];
export const GENDERS: readonly Gender[] = ['Male', 'Female'];
export const DEGREES: readonly Exclude<EducationDegree, null>[] = ['Secondary', 'JuniorCollege', 'Bachelor', 'Master', 'Doctorate'];

/** Colour of each kind of unit, in the org chart and its legend. */
export const KIND_COLORS: Readonly<Record<NonNullable<OrgUnitKind>, string>> = {
  ManagementCommittee: '#c41d7f',
  Department: '#1677ff',
  Section: '#13c2c2',
  PublicInstitution: '#52c41a',
  PlatformCompany: '#fa8c16',
};

/** The backend's localization key of an enum value, e.g. ("StaffingType", "Headcount") → "Enum:StaffingType.Headcount". */
export function enumKey(type: string, value: string | null | undefined): string {
  return value ? `Enum:${type}.${value}` : '';
}

/** The valid levels of a post category (管理 1–10, 专业技术 1–13, 工勤技能 1–5); none for ordinary workers. */
export function levelRange(category: PostCategory | null | undefined): readonly [number, number] | null {
  switch (category) {
    case 'Management':
      return [1, 10];
    case 'Professional':
      return [1, 13];
    case 'Skilled':
      return [1, 5];
    default:
      return null;
  }
}

/** The levels a user may pick for a category, e.g. Skilled → [1, 2, 3, 4, 5]. */
export function levelsOf(category: PostCategory | null | undefined): number[] {
  const range = levelRange(category);
  return range ? Array.from({ length: range[1] - range[0] + 1 }, (_, index) => range[0] + index) : [];
}
