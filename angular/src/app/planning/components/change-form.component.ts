import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { map, of } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { inputValidators } from '../../shared/forms/input-validators';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { enumKey, LEADERSHIP_ROLES, ORG_UNIT_KINDS, STAFFING_TYPES } from '../../shared/enums/enums';
import { keepLevelInCategory, PostGradeFieldsComponent } from '../../shared/post-grade/post-grade-fields.component';
import { toTreeNodes } from '../../organization/shared/org-tree';
import {
  LeadershipRole, OrgUnitKind, PlanChangeDto, PlanChangeType, PlanImpactDto, PostCategory, StaffingType,
} from '../../proxy/models';
import { OrgUnitService, PersonService, PostService, StaffingPlanService } from '../../proxy/services';
import { postLevelValidator } from '../../shared/post-grade/post-level.validator';
import {
  PostNameFieldsComponent, POST_CODE_VALIDATORS, POST_TITLE_VALIDATORS,
} from '../../staffing/components/post-name-fields.component';
import { allChangeFields, ChangeField, fieldsOf, fromChangeInput, isRequired, toChangeInput } from '../shared/change-fields';
import { CHANGE_TYPES } from '../shared/plan-enums';
import { unitPickerNodes } from '../shared/pickers';

interface PostOption {
  id: string;
  label: string;
  vacant: boolean;
}

/** Adds (change = null) or edits one change of a plan; pickers list the live structure plus what the plan itself creates. */
@Component({
  selector: 'tr-change-form',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzGridModule, NzInputModule, NzInputNumberModule, NzSelectModule,
    NzTreeSelectModule, NzButtonModule, NzIconModule, NzAlertModule, TranslatePipe, PostGradeFieldsComponent, PostNameFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-form.component.html',
  styles: `.full-width { width: 100%; } .clause { display: flex; gap: 8px; margin-bottom: 8px; }`,
})
export class ChangeFormComponent {
  private readonly plans = inject(StaffingPlanService);
  private readonly units = inject(OrgUnitService);
  private readonly postsApi = inject(PostService);
  private readonly personsApi = inject(PersonService);
  private readonly localization = inject(LocalizationService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly planId = input.required<string>();
  readonly change = input<PlanChangeDto | null>(null);
  readonly impact = input<PlanImpactDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly types = CHANGE_TYPES;
  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly staffingTypes = STAFFING_TYPES;
  protected readonly leadershipRoles = LEADERSHIP_ROLES;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly isRequired = isRequired;

  protected readonly form = new FormGroup({
    type: new FormControl<PlanChangeType | null>(null, Validators.required),
    parentId: new FormControl<string | null>(null),
    kind: new FormControl<OrgUnitKind | null>(null),
    nameZh: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'nameZh') }),
    nameEn: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'nameEn') }),
    shortName: new FormControl<string>('', { nonNullable: true, validators: inputValidators('PlanChangeInput', 'shortName') }),
    functions: new FormArray<FormGroup<{ id: FormControl<string | null>; text: FormControl<string> }>>([]),
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

  protected readonly type = toSignal(this.form.controls.type.valueChanges, { initialValue: null });
  protected readonly fields = computed(() => new Set<ChangeField>(fieldsOf(this.type())));
  private readonly chosenUnit = toSignal(this.form.controls.unitId.valueChanges, { initialValue: null });
  private readonly postUnit = toSignal(this.form.controls.postUnitId.valueChanges, { initialValue: null });

  private readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  /** Units to pick: the result of the plan so far (its impact) when known, else the live tree. */
  protected readonly unitNodes = computed<NzTreeNodeOptions[]>(() => {
    const culture = this.localization.culture();
    const impact = this.impact();
    return impact && impact.units.length > 0
      ? unitPickerNodes(impact.units, culture, this.localization.t('Enum:PlanDiffKind.Removed'))
      : toTreeNodes(this.tree.value()?.items ?? [], culture);
  });
  protected readonly unitOptions = computed(() => flatten(this.unitNodes()));

  /** The 三定 clauses of the chosen unit (duty clauses of a post, or the functions to edit). */
  protected readonly unitDetail = rxResource({
    params: () => this.chosenUnit() ?? undefined,
    stream: ({ params: id }) => (id && this.isLiveUnit(id) ? this.units.orgUnitGet({ id }) : of(null)),
  });
  protected readonly clauseOptions = computed(() => [...(this.unitDetail.value()?.functions ?? [])].sort((a, b) => a.number - b.number));

  /** Posts of the unit chosen for the post pickers, plus the posts the plan creates there. */
  private readonly livePosts = rxResource({
    params: () => this.postUnit() ?? undefined,
    stream: ({ params: orgUnitId }) => orgUnitId && this.isLiveUnit(orgUnitId)
      ? this.postsApi.postGetList({ orgUnitId, maxResultCount: 1000, sorting: 'code' }).pipe(map(result => result.items))
      : of([]),
  });
  protected readonly postOptions = computed<PostOption[]>(() => {
    const zh = this.localization.isChinese();
    const unitId = this.postUnit();
    const live = (this.livePosts.value() ?? []).map(post => ({
      id: post.id, label: `${post.code} ${zh ? post.titleZh : post.titleEn || post.titleZh}`, vacant: post.status === 'Vacant',
    }));
    const planned = (this.impact()?.posts ?? [])
      .filter(post => post.diff === 'Added' && post.unitIdAfter === unitId && !live.some(item => item.id === post.id))
      .map(post => ({ id: post.id, label: `${post.code} ${zh ? post.titleZh : post.titleEn || post.titleZh}`, vacant: true }));
    return [...live, ...planned];
  });
  protected readonly vacantPostOptions = computed(() => this.postOptions().filter(post => post.vacant));

  private readonly persons = rxResource({
    params: () => (this.fields().has('personId') ? true : undefined),
    stream: ({ params }) => params
      ? this.personsApi.personGetList({ maxResultCount: 1000, sorting: 'name' }).pipe(map(result => result.items))
      : of([]),
  });
  protected readonly personOptions = computed(() => this.persons.value() ?? []);

  constructor() {
    effect(() => {
      if (this.open()) {
        const change = untracked(this.change);
        this.error.set(null);
        this.reset(change?.type ?? null, change ? fromChangeInput(change.details) : {});
      }
    });
    this.form.controls.type.valueChanges.subscribe(type => {
      if (!this.resetting) {
        this.reset(type, {});
      }
    });
    // A unit's current functions are the starting point of "set functions".
    effect(() => {
      const detail = this.unitDetail.value();
      if (detail && this.type() === 'SetFunctions' && this.form.controls.functions.length === 0) {
        untracked(() => [...detail.functions].sort((a, b) => a.number - b.number)
          .forEach(clause => this.addClause(clause.text, clause.id)));
      }
    });
    keepLevelInCategory(this.form.controls.category, this.form.controls.level);
  }

  private resetting = false;

  /** Shows the fields of `type` only, each required or not as the type needs. */
  private reset(type: PlanChangeType | null, value: Partial<Record<ChangeField, unknown>>): void {
    this.resetting = true;
    const controls = this.form.controls;
    this.form.reset({ type, leadershipRole: 'None', sourceUnitIds: [], dutyClauseIds: [] });
    controls.functions.clear();
    const fields = new Set(fieldsOf(type));
    for (const field of allChangeFields()) {
      const control = controls[field];
      if (field === 'functions') {
        continue;
      }
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
        ((item as { id?: string | null; text: string }[] | null) ?? []).forEach(clause => this.addClause(clause.text, clause.id ?? null));
      } else {
        (controls[field as Exclude<ChangeField, 'functions'>] as FormControl).setValue(item);
      }
    }
    // The post pickers start at the post's unit when it is known.
    const postId = (value['postId'] ?? value['targetPostId']) as string | null | undefined;
    const postUnit = postId ? this.impact()?.posts.find(post => post.id === postId)?.unitIdBefore ?? null : null;
    controls.postUnitId.setValue(postUnit ?? (type === 'MovePost' ? null : (value['unitId'] as string | null) ?? null));
    this.form.updateValueAndValidity();
    this.resetting = false;
  }

  protected addClause(text = '', id: string | null = null): void {
    this.form.controls.functions.push(this.fb.group({
      id: new FormControl<string | null>(id),
      text: this.fb.control(text, [Validators.required, ...inputValidators('FunctionClauseInput', 'text')]),
    }));
  }

  protected removeClause(index: number): void {
    this.form.controls.functions.removeAt(index);
  }

  protected submit(): void {
    const type = this.form.controls.type.value;
    const functionsMissing = isRequired(type, 'functions') && this.form.controls.functions.length === 0;
    if (!type || this.form.invalid || functionsMissing) {
      markAllDirty(this.form);
      if (functionsMissing) {
        this.error.set(this.localization.t('Validation:Required', this.localization.t('PlanField:Functions')));
      }
      return;
    }
    const body = toChangeInput(type, this.form.getRawValue() as Partial<Record<ChangeField, unknown>>);
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    const change = this.change();
    const request = change
      ? this.plans.staffingPlanUpdateChange({ id: this.planId(), changeId: change.id, body }, context)
      : this.plans.staffingPlanAddChange({ id: this.planId(), body }, context);
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.saved.emit();
      },
      error: (error: HttpErrorResponse) => {
        this.saving.set(false);
        this.error.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }

  /** Units the server knows (not yet only planned): their posts and clauses can be fetched. */
  private isLiveUnit(id: string): boolean {
    const unit = this.impact()?.units.find(item => item.id === id);
    return !unit || unit.diff !== 'Added';
  }
}

function flatten(nodes: readonly NzTreeNodeOptions[]): { key: string; title: string }[] {
  return nodes.flatMap(node => [{ key: node.key, title: node.title }, ...flatten(node.children ?? [])]);
}
