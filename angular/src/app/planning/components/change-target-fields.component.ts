import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PersonDto, PlanChangeType } from '../../proxy/models';
import { PARENT_FORM } from '../../shared/forms/parent-form';
import { ChangeField } from '../shared/change-fields';
import { PostOption } from '../shared/change-pickers';

/** What a change acts on: the units merged, the post (narrowed by its unit), the person, the target post, the unit, the new parent. */
@Component({
  selector: 'tr-change-target-fields',
  imports: [ReactiveFormsModule, NzFormModule, NzGridModule, NzSelectModule, NzTreeSelectModule, TranslatePipe],
  // Checked with its form: the controls' errors change without an input changing.
  changeDetection: ChangeDetectionStrategy.Default,
  viewProviders: PARENT_FORM,
  host: { style: 'display: contents' },
  templateUrl: './change-target-fields.component.html',
  styles: `.full-width { width: 100%; }`,
})
export class ChangeTargetFieldsComponent {
  /** The fields of the change's type. */
  readonly fields = input.required<ReadonlySet<ChangeField>>();
  /** Names the unit field: the surviving unit of a merger, the unit a post moves to, else the unit. */
  readonly type = input.required<PlanChangeType | null>();
  readonly unitNodes = input.required<NzTreeNodeOptions[]>();
  readonly postOptions = input.required<readonly PostOption[]>();
  readonly vacantPostOptions = input.required<readonly PostOption[]>();
  readonly personOptions = input.required<readonly PersonDto[]>();
}
