import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { Observable, of } from 'rxjs';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { inputValidators } from '../../shared/forms/input-validators';
import { enumKey, LEADERSHIP_ROLES, STAFFING_TYPES } from '../../shared/enums/enums';
import { keepLevelInCategory, PostGradeFieldsComponent } from '../../shared/post-grade/post-grade-fields.component';
import { toTreeNodes } from '../../organization/shared/org-tree';
import { LeadershipRole, OrgUnitTreeNodeDto, PostCategory, PostDto, StaffingType } from '../../proxy/models';
import { OrgUnitService, PostService } from '../../proxy/services';
import { PostNameFieldsComponent, POST_CODE_VALIDATORS, POST_TITLE_VALIDATORS } from './post-name-fields.component';
import { postLevelValidator } from '../../shared/post-grade/post-level.validator';

/** Create (post = null, optionally in `unitId`) or edit a post; its duty clauses are the unit's 三定 functions. */
@Component({
  selector: 'tr-post-form-modal',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzTreeSelectModule,
    NzCheckboxModule, NzGridModule, NzAlertModule, TranslatePipe, PostGradeFieldsComponent, PostNameFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-form-modal.component.html',
  styles: `.full-width { width: 100%; }`,
})
export class PostFormModalComponent {
  private readonly api = inject(PostService);
  private readonly units = inject(OrgUnitService);
  private readonly localization = inject(LocalizationService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly post = input<PostDto | null>(null);
  readonly unitId = input<string | null>(null);
  readonly tree = input<OrgUnitTreeNodeDto[]>([]);
  readonly closed = output<void>();
  readonly saved = output<PostDto>();

  protected readonly enumKey = enumKey;
  protected readonly staffingTypes = STAFFING_TYPES;
  protected readonly leadershipRoles = LEADERSHIP_ROLES;
  protected readonly isNew = computed(() => this.post() === null);
  protected readonly saving = signal(false);
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree(), this.localization.culture()));

  protected readonly form = this.fb.group({
    orgUnitId: new FormControl<string | null>(null, Validators.required),
    code: ['', [Validators.required, ...POST_CODE_VALIDATORS]],
    titleZh: ['', [Validators.required, ...POST_TITLE_VALIDATORS]],
    titleEn: ['', [Validators.required, ...POST_TITLE_VALIDATORS]],
    category: new FormControl<PostCategory | null>(null, Validators.required),
    level: new FormControl<number | null>(null),
    staffingType: new FormControl<StaffingType | null>(null, Validators.required),
    leadershipRole: new FormControl<LeadershipRole>('None', { nonNullable: true }),
    dutyClauseIds: new FormControl<string[]>([], { nonNullable: true }),
    fte: [1, inputValidators('UpdatePostDto', 'fte')],
    isFrozen: [false],
  }, { validators: postLevelValidator });

  private readonly chosenUnit = toSignal(this.form.controls.orgUnitId.valueChanges, { initialValue: null });
  protected readonly clauses = rxResource({
    params: () => this.chosenUnit() ?? undefined,
    stream: ({ params: id }) => (id ? this.units.orgUnitGet({ id }) : of(null)),
  });
  protected readonly clauseOptions = computed(() =>
    [...(this.clauses.value()?.functions ?? [])].sort((a, b) => a.number - b.number));

  constructor() {
    effect(() => {
      if (this.open()) {
        const post = untracked(this.post);
        this.form.reset({
          orgUnitId: post?.orgUnitId ?? untracked(this.unitId),
          code: post?.code ?? '',
          titleZh: post?.titleZh ?? '',
          titleEn: post?.titleEn ?? '',
          category: post?.category ?? null,
          level: post?.level ?? null,
          staffingType: post?.staffingType ?? null,
          leadershipRole: post?.leadershipRole ?? 'None',
          dutyClauseIds: post?.dutyClauseIds ?? [],
          fte: post?.fte ?? 1,
          isFrozen: post?.status === 'Frozen',
        });
        if (post) {
          this.form.controls.orgUnitId.disable();
          this.form.controls.code.disable();
        } else {
          this.form.controls.orgUnitId.enable();
          this.form.controls.code.enable();
        }
      }
    });
    keepLevelInCategory(this.form.controls.category, this.form.controls.level);
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const body = {
      titleZh: value.titleZh.trim(),
      titleEn: value.titleEn.trim(),
      category: value.category,
      level: value.level,
      staffingType: value.staffingType,
      leadershipRole: value.leadershipRole,
      dutyClauseIds: value.dutyClauseIds,
      fte: value.fte,
    };
    const post = this.post();
    const request: Observable<PostDto> = post
      ? this.api.postUpdate({ id: post.id, body: { ...body, isFrozen: value.isFrozen, concurrencyStamp: post.concurrencyStamp } })
      : this.api.postCreate({ body: { ...body, orgUnitId: value.orgUnitId, code: value.code.trim() } });
    this.saving.set(true);
    request.subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }
}
