// The value lists of the API's enums, in the server's order, as the client generator emits them from the OpenAPI
// document (enum schemas are `type: string`); the names the app has always used are kept as aliases.
export { APPOINTMENT_KIND as APPOINTMENT_KINDS } from '../../proxy/models/appointment-kind-array';
export { EDUCATION_DEGREE as DEGREES } from '../../proxy/models/education-degree-array';
export { GENDER as GENDERS } from '../../proxy/models/gender-array';
export { LEADERSHIP_ROLE as LEADERSHIP_ROLES } from '../../proxy/models/leadership-role-array';
export { ORG_UNIT_KIND as ORG_UNIT_KINDS } from '../../proxy/models/org-unit-kind-array';
export { POST_CATEGORY as POST_CATEGORIES } from '../../proxy/models/post-category-array';
export { POST_STATUS as POST_STATUSES } from '../../proxy/models/post-status-array';
export { STAFFING_TYPE as STAFFING_TYPES } from '../../proxy/models/staffing-type-array';
export { TALENT_TIER_LEVEL as TIER_LEVELS } from '../../proxy/models/talent-tier-level-array';

/** The backend's localization key of an enum value, e.g. ("StaffingType", "Headcount") → "Enum:StaffingType.Headcount". */
export function enumKey(type: string, value: string | null | undefined): string {
  return value ? `Enum:${type}.${value}` : '';
}

/** Select options of an enum, labelled with the server's texts: ("EducationDegree", DEGREES) → [{ value: 'Secondary', label: 'Enum:EducationDegree.Secondary' }, …]. */
export function enumOptions<T extends string>(type: string, values: readonly T[]): readonly { value: T; label: string }[] {
  return values.map(value => ({ value, label: enumKey(type, value) }));
}
