import {
  AppointmentKind, EducationDegree, Gender, LeadershipRole, OrgUnitKind, PostCategory, PostStatus, StaffingType, TalentTierLevel,
} from '../../proxy/models';

// The value lists of the API's enums, in the server's order (the generated client has the types only).

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
export const DEGREES: readonly NonNullable<EducationDegree>[] = ['Secondary', 'JuniorCollege', 'Bachelor', 'Master', 'Doctorate'];
export const TIER_LEVELS: readonly NonNullable<TalentTierLevel>[] = ['A', 'B', 'C', 'D', 'E'];

/** The backend's localization key of an enum value, e.g. ("StaffingType", "Headcount") → "Enum:StaffingType.Headcount". */
export function enumKey(type: string, value: string | null | undefined): string {
  return value ? `Enum:${type}.${value}` : '';
}

/** Select options of an enum, labelled with the server's texts: ("EducationDegree", DEGREES) → [{ value: 'Secondary', label: 'Enum:EducationDegree.Secondary' }, …]. */
export function enumOptions<T extends string>(type: string, values: readonly T[]): readonly { value: T; label: string }[] {
  return values.map(value => ({ value, label: enumKey(type, value) }));
}
