import { PlanChangeInput, PlanChangeType } from '../../proxy/models';

/** The fields of the flat PlanChangeInput that a form can show. */
export type ChangeField =
  | 'parentId' | 'kind' | 'nameZh' | 'nameEn' | 'shortName' | 'functions' | 'unitId' | 'sourceUnitIds'
  | 'heads' | 'deputies' | 'staffingType' | 'approved' | 'code' | 'titleZh' | 'titleEn' | 'category' | 'level'
  | 'leadershipRole' | 'dutyClauseIds' | 'postId' | 'personId' | 'targetPostId' | 'reason';

export const ALL_CHANGE_FIELDS: readonly ChangeField[] = [
  'parentId', 'kind', 'nameZh', 'nameEn', 'shortName', 'functions', 'unitId', 'sourceUnitIds', 'heads', 'deputies',
  'staffingType', 'approved', 'code', 'titleZh', 'titleEn', 'category', 'level', 'leadershipRole', 'dutyClauseIds',
  'postId', 'personId', 'targetPostId', 'reason',
];

interface FieldRule {
  field: ChangeField;
  required: boolean;
}

const req = (...fields: ChangeField[]): FieldRule[] => fields.map(field => ({ field, required: true }));
const opt = (...fields: ChangeField[]): FieldRule[] => fields.map(field => ({ field, required: false }));

/**
 * Which fields each type of change uses, in form order, and which of them must be filled
 * (the server checks the same: TalentReform:06010). `parentId` empty = top level; `level` is
 * checked by the post-level rule of its category.
 */
export const CHANGE_FIELD_RULES: Readonly<Record<PlanChangeType, readonly FieldRule[]>> = {
  CreateUnit: [...opt('parentId'), ...req('kind', 'nameZh', 'nameEn'), ...opt('functions')],
  RenameUnit: [...req('unitId', 'nameZh', 'nameEn'), ...opt('shortName')],
  MoveUnit: [...req('unitId'), ...opt('parentId')],
  MergeUnits: [...req('sourceUnitIds', 'unitId')],
  AbolishUnit: req('unitId'),
  SetFunctions: req('unitId', 'functions'),
  SetLeadershipQuota: req('unitId', 'heads', 'deputies'),
  SetStaffingQuota: req('unitId', 'staffingType', 'approved'),
  CreatePost: [
    ...req('unitId', 'code', 'titleZh', 'titleEn', 'category'), ...opt('level'), ...req('staffingType', 'leadershipRole'),
    ...opt('dutyClauseIds'),
  ],
  AbolishPost: req('postId'),
  MovePost: [...req('postId', 'unitId'), ...opt('dutyClauseIds')],
  RegradePost: [...req('postId', 'category'), ...opt('level'), ...req('leadershipRole')],
  ReassignPerson: req('personId', 'targetPostId'),
  EndAppointment: req('personId', 'reason'),
};

export function fieldsOf(type: PlanChangeType | null | undefined): ChangeField[] {
  return type ? CHANGE_FIELD_RULES[type].map(rule => rule.field) : [];
}

export function isRequired(type: PlanChangeType | null | undefined, field: ChangeField): boolean {
  return !!type && CHANGE_FIELD_RULES[type].some(rule => rule.field === field && rule.required);
}

/** The form's value as the API's flat input: only the type's own fields, strings trimmed, empty lists of functions dropped. */
export function toChangeInput(type: PlanChangeType, value: Partial<Record<ChangeField, unknown>>): PlanChangeInput {
  const input: Record<string, unknown> = { type };
  for (const field of fieldsOf(type)) {
    let item = value[field];
    if (typeof item === 'string') {
      item = item.trim() || null;
    }
    if (field === 'functions') {
      item = ((item as { id?: string | null; text: string }[] | null) ?? [])
        .map(clause => ({ id: clause.id ?? null, text: (clause.text ?? '').trim() }))
        .filter(clause => clause.text);
    }
    input[field] = item ?? null;
  }
  return input as unknown as PlanChangeInput;
}

/** A stored change's details as form values (editing a change). */
export function fromChangeInput(details: PlanChangeInput): Partial<Record<ChangeField, unknown>> {
  const value: Partial<Record<ChangeField, unknown>> = {};
  for (const field of fieldsOf(details.type)) {
    const item = (details as unknown as Record<string, unknown>)[field];
    value[field] = item ?? (field === 'sourceUnitIds' || field === 'dutyClauseIds' || field === 'functions' ? [] : null);
  }
  return value;
}
