import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey, ORG_UNIT_KINDS } from '../../shared/enums/enums';
import { PARENT_FORM } from '../../shared/forms/parent-form';
import { ChangeField } from '../shared/change-fields';

/** A unit's own fields in a change: its kind, names and short name, and its leadership quota (heads and deputies). */
@Component({
  selector: 'tr-change-unit-fields',
  imports: [ReactiveFormsModule, NzFormModule, NzGridModule, NzInputModule, NzInputNumberModule, NzSelectModule, TranslatePipe],
  // Checked with its form: the controls' errors change without an input changing.
  changeDetection: ChangeDetectionStrategy.Default,
  viewProviders: PARENT_FORM,
  host: { style: 'display: contents' },
  templateUrl: './change-unit-fields.component.html',
  styles: `.full-width { width: 100%; }`,
})
export class ChangeUnitFieldsComponent {
  /** The fields of the change's type. */
  readonly fields = input.required<ReadonlySet<ChangeField>>();

  protected readonly enumKey = enumKey;
  protected readonly kinds = ORG_UNIT_KINDS;
}
