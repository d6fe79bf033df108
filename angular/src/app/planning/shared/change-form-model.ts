import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  LeadershipRole, OrgUnitKind, PlanChangeType, PlanPostDiffDto, PostCategory, StaffingType,
} from '../../proxy/models';
import { inputValidators } from '../../shared/forms/input-validators';
import { postLevelValidator } from '../../shared/post-grade/post-level.validator';
import { POST_CODE_VALIDATORS, POST_TITLE_VALIDATORS } from '../../staffing/components/post-name-fields.component';
import { allChangeFields, ChangeField, fieldsOf, isRequired } from './change-fields';

export type FunctionClauseForm = FormGroup<{ id: FormControl<string | null>; text: FormControl<string> }>;

/** One control per field of the flat PlanChangeInput, each checked as the server checks it. */
export function createChangeForm() {
  return new FormGroup({
    type: new FormControl<PlanChangeType | null>(null, Validators.required),
    parentId: new FormControl<string | null>(null),
    kind: new FormControl<OrgUnitKind | null>(null),
    nameZh: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'nameZh') }),
    nameEn: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'nameEn') }),
    shortName: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'shortName') }),
    functions: new FormArray<FunctionClauseForm>([]),
    unitId: new FormControl<string | null>(null),
    sourceUnitIds: new FormControl<string[]>([], { nonNullable: true }),
    heads: new FormControl<number | null>(null, inputValidators('PlanChangeInput', 'heads')),
    deputies: new FormControl<number | null>(null, inputValidators('PlanChangeInput', 'deputies')),
    staffingType: new FormControl<StaffingType | null>(null),
    approved: new FormControl<number | null>(null, inputValidators('PlanChangeInput', 'approved')),
    code: new FormControl<string>('', { nonNullable: true, validators: POST_CODE_VALIDATORS }),
    titleZh: new FormControl<string>('', { nonNullable: true, validators: POST_TITLE_VALIDATORS }),
    titleEn: new FormControl<string>('', { nonNullable: true, validators: POST_TITLE_VALIDATORS }),
    category: new FormControl<PostCategory | null>(null),
    level: new FormControl<number | null>(null),
    leadershipRole: new FormControl<LeadershipRole | null>('None'),
    dutyClauseIds: new FormControl<string[]>([], { nonNullable: true }),
    postId: new FormControl<string | null>(null),
    personId: new FormControl<string | null>(null),
    targetPostId: new FormControl<string | null>(null),
    reason: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'reason') }),
    /** Not sent: narrows the post pickers to one unit. */
    postUnitId: new FormControl<string | null>(null),
  }, { validators: postLevelValidator });
}

export type ChangeForm = ReturnType<typeof createChangeForm>;

/** Appends a function clause (三定 text) to the form's list. */
export function addFunctionClause(form: ChangeForm, text = '', id: string | null = null): void {
  form.controls.functions.push(new FormGroup({
    id: new FormControl<string | null>(id),
    text: new FormControl(text, { nonNullable: true, validators: [Validators.required, ...inputValidators('FunctionClauseInput', 'text')] }),
  }));
}

/**
 * Empties the form for `type` and fills in `value`: the type's fields enabled, each required or not as the
 * type needs, the others disabled (so they neither show nor block saving); the post pickers start at `postUnit`.
 */
export function resetChangeForm(
  form: ChangeForm, type: PlanChangeType | null, value: Partial<Record<ChangeField, unknown>>, postUnit: string | null,
): void {
  const controls = form.controls;
  form.reset({ type, leadershipRole: 'None', sourceUnitIds: [], dutyClauseIds: [] });
  controls.functions.clear();
  const fields = new Set(fieldsOf(type));
  for (const field of allChangeFields()) {
    if (field === 'functions') {
      continue;
    }
    const control = controls[field];
    if (fields.has(field)) {
      control.enable({ emitEvent: false });
      if (isRequired(type, field)) {
        // An empty list counts as missing too.
        control.addValidators(Validators.required);
      } else {
        control.removeValidators([Validators.required]);
      }
    } else {
      control.disable({ emitEvent: false });
    }
    control.updateValueAndValidity({ emitEvent: false });
  }
  for (const [field, item] of Object.entries(value)) {
    if (field === 'functions') {
      ((item as { id?: string | null; text: string }[] | null) ?? []).forEach(clause => addFunctionClause(form, clause.text, clause.id ?? null));
    } else {
      (controls[field as Exclude<ChangeField, 'functions'>] as FormControl).setValue(item);
    }
  }
  controls.postUnitId.setValue(postUnit);
  form.updateValueAndValidity();
}

/**
 * The unit the post pickers start at: the unit of the change's post when the plan knows it, else the change's
 * unit — except for moving a post, whose unit is where it goes, not where it is.
 */
export function postPickerUnit(
  type: PlanChangeType | null, value: Partial<Record<ChangeField, unknown>>, posts: readonly Pick<PlanPostDiffDto, 'id' | 'unitIdBefore'>[],
): string | null {
  const postId = (value['postId'] ?? value['targetPostId']) as string | null | undefined;
  const postUnit = postId ? posts.find(post => post.id === postId)?.unitIdBefore ?? null : null;
  return postUnit ?? (type === 'MovePost' ? null : (value['unitId'] as string | null) ?? null);
}
