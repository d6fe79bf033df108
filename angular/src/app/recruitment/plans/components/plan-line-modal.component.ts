import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { of, startWith } from 'rxjs';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { postOptions } from '../../../planning/shared/change-pickers';
import { RecruitmentPlanLineDto, RecruitmentPlanLineInput, StaffingType } from '../../../proxy/models';
import { PostService } from '../../../proxy/services';
import { enumKey, STAFFING_TYPES } from '../../../shared/enums/enums';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';

/** Adds or edits a plan line: unit, staffing type, an existing post of the unit or the title of a post still to be set up, places. */
@Component({
  selector: 'tr-recruitment-plan-line-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzTreeSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="(line() ? 'RecruitmentPlans:EditLine' : 'RecruitmentPlans:AddLine') | t"
              [nzOkText]="'Common:Save' | t" [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()"
              (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="rplan-line-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-line-unit">{{ 'RecruitmentPlans:Unit' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:Unit' | t)">
              <nz-tree-select class="full-width" nzId="rplan-line-unit" data-testid="rplan-line-unit" formControlName="orgUnitId"
                              [nzNodes]="unitNodes()" nzShowSearch nzDefaultExpandAll />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-line-type">{{ 'RecruitmentPlans:StaffingType' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:StaffingType' | t)">
              <nz-select nzId="rplan-line-type" formControlName="staffingType" data-testid="rplan-line-type">
                @for (type of types; track type) {
                  <nz-option [nzValue]="type" [nzLabel]="enumKey('StaffingType', type) | t" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="rplan-line-post">{{ 'RecruitmentPlans:Post' | t }}</nz-form-label>
            <nz-form-control [nzExtra]="'RecruitmentPlans:PostHint' | t">
              <nz-select nzId="rplan-line-post" formControlName="postId" nzAllowClear nzShowSearch data-testid="rplan-line-post"
                         [nzLoading]="posts.isLoading()" [nzPlaceHolder]="'RecruitmentPlans:PostNone' | t">
                @for (post of postOptions(); track post.id) {
                  <nz-option [nzValue]="post.id" [nzLabel]="post.label" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          @if (!form.controls.postId.value) {
            <nz-form-item>
              <nz-form-label nzRequired nzFor="rplan-line-post-title">{{ 'RecruitmentPlans:PostTitle' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:PostTitle' | t)">
                <input nz-input id="rplan-line-post-title" formControlName="postTitle" data-testid="rplan-line-post-title" />
              </nz-form-control>
            </nz-form-item>
          }
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-line-places">{{ 'RecruitmentPlans:Places' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'RecruitmentPlans:PlacesInvalid' | t">
              <nz-input-number nzId="rplan-line-places" formControlName="places" [nzMin]="1" [nzMax]="999" data-testid="rplan-line-places" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="rplan-line-note">{{ 'RecruitmentPlans:Note' | t }}</nz-form-label>
            <nz-form-control>
              <textarea nz-input id="rplan-line-note" formControlName="note" rows="2" data-testid="rplan-line-note"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `.full-width { width: 100%; }`,
})
export class PlanLineModalComponent {
  private readonly postsApi = inject(PostService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly localization = inject(LocalizationService);

  readonly open = input.required<boolean>();
  readonly line = input<RecruitmentPlanLineDto | null>(null);
  readonly unitNodes = input.required<NzTreeNodeOptions[]>();
  readonly saving = input(false);
  readonly closed = output<void>();
  readonly saved = output<RecruitmentPlanLineInput>();

  protected readonly enumKey = enumKey;
  protected readonly types = STAFFING_TYPES;
  protected readonly form = this.fb.group({
    orgUnitId: new FormControl<string | null>(null, Validators.required),
    staffingType: new FormControl<StaffingType | null>('PublicInstitution', Validators.required),
    postId: new FormControl<string | null>(null),
    // Required only while no existing post is named.
    postTitle: ['', [Validators.maxLength(128), (control: AbstractControl) => (!control.parent?.get('postId')?.value && !String(control.value ?? '').trim() ? { required: true } : null)]],
    places: [1, [Validators.required, Validators.min(1), Validators.max(999)]],
    note: ['', Validators.maxLength(1000)],
  });

  private readonly unitAndType = toSignal(this.form.valueChanges.pipe(startWith(this.form.value)), { initialValue: this.form.value });
  /** The unit's posts of the chosen type: a line may name one (or only a title, for a post still to be set up). */
  protected readonly posts = rxResource({
    params: () => {
      const { orgUnitId, staffingType } = this.unitAndType();
      return orgUnitId && staffingType ? { orgUnitId, staffingType } : undefined;
    },
    stream: ({ params }) => (params ? this.postsApi.postGetList({ ...params, maxResultCount: 200 }) : of(null)),
  });
  // The same "code title" options as a staffing plan's post picker.
  protected readonly postOptions = computed(() => postOptions(this.posts.value()?.items ?? [], [], null, this.localization.isChinese()));

  constructor() {
    effect(() => {
      if (this.open()) {
        const line = untracked(this.line);
        this.form.reset({
          orgUnitId: line?.orgUnitId ?? null,
          staffingType: line?.staffingType ?? 'PublicInstitution',
          postId: line?.postId ?? null,
          postTitle: line?.postId ? '' : line?.postTitle ?? '',
          places: line?.places ?? 1,
          note: line?.note ?? '',
        });
      }
    });
  }

  protected submit(): void {
    markAllDirty(this.form);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      return;
    }
    const value = this.form.getRawValue();
    this.saved.emit({
      id: this.line()?.id ?? null,
      orgUnitId: value.orgUnitId,
      staffingType: value.staffingType,
      postId: value.postId,
      postTitle: value.postId ? null : value.postTitle.trim(),
      places: value.places,
      note: value.note.trim() || null,
    });
  }
}
