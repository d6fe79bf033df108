import { PlanChangeInput, PlanChangeType } from '../../proxy/models';
import { formRules } from '../../shared/form-rules/form-rules';

/** The fields of the flat PlanChangeInput that a form can show. */
export type ChangeField = Exclude<keyof PlanChangeInput, 'type'>;

/**
 * Every field some type of change uses: the server's PlanChangeFields, served by the application configuration
 * (which fields each type uses, in form order, and which it needs; a missing one is TalentReform:06010).
 */
export function allChangeFields(): ChangeField[] {
  return [...new Set((formRules()?.planChangeTypes ?? []).flatMap(entry => entry.fields.map(field => field.name as ChangeField)))];
}

function rulesOf(type: PlanChangeType | null | undefined) {
  return formRules()?.planChangeTypes.find(entry => entry.type === type)?.fields ?? [];
}

/** The fields a type of change uses, in form order. `level` is checked by the post-level rule of its category. */
export function fieldsOf(type: PlanChangeType | null | undefined): ChangeField[] {
  return rulesOf(type).map(rule => rule.name as ChangeField);
}

export function isRequired(type: PlanChangeType | null | undefined, field: ChangeField): boolean {
  return rulesOf(type).some(rule => rule.name === field && rule.required);
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
