import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitFunctionDto } from '../../proxy/models';
import { enumKey, LEADERSHIP_ROLES, STAFFING_TYPES } from '../../shared/enums/enums';
import { PARENT_FORM } from '../../shared/forms/parent-form';
import { PostGradeFieldsComponent } from '../../shared/post-grade/post-grade-fields.component';
import { PostNameFieldsComponent } from '../../staffing/components/post-name-fields.component';
import { ChangeField } from '../shared/change-fields';
import { ChangeForm } from '../shared/change-form-model';

/**
 * A post's fields in a change (code and titles, grade, leadership role, duty clauses) and the staffing type
 * and number that a new post and a unit's staffing quota both have.
 */
@Component({
  selector: 'tr-change-post-fields',
  imports: [
    ReactiveFormsModule, NzFormModule, NzGridModule, NzInputNumberModule, NzSelectModule, TranslatePipe, PostGradeFieldsComponent,
    PostNameFieldsComponent,
  ],
  // Checked with its form: the controls' errors change without an input changing.
  changeDetection: ChangeDetectionStrategy.Default,
  viewProviders: PARENT_FORM,
  host: { style: 'display: contents' },
  templateUrl: './change-post-fields.component.html',
  styles: `.full-width { width: 100%; }`,
})
export class ChangePostFieldsComponent {
  readonly form = input.required<ChangeForm>();
  /** The fields of the change's type. */
  readonly fields = input.required<ReadonlySet<ChangeField>>();
  /** The 三定 clauses of the chosen unit, in order: a post's duties are some of them. */
  readonly clauseOptions = input.required<readonly OrgUnitFunctionDto[]>();

  protected readonly enumKey = enumKey;
  protected readonly staffingTypes = STAFFING_TYPES;
  protected readonly leadershipRoles = LEADERSHIP_ROLES;
}
