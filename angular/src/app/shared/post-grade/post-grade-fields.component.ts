import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Subscription } from 'rxjs';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PostCategory } from '../../proxy/models';
import { enumKey, POST_CATEGORIES } from '../enums/enums';
import { levelsOf } from './post-levels';

/** A new category has its own levels: drops a level it does not have (call once per form). */
export function keepLevelInCategory(category: FormControl<PostCategory | null>, level: FormControl<number | null>): Subscription {
  return category.valueChanges.subscribe(value => {
    const current = level.value;
    if (current !== null && !levelsOf(value).includes(current)) {
      level.setValue(null);
    }
  });
}

/**
 * The grade of a post (岗位类别 and 等级) as two columns of a form row, in the post form and in a plan
 * change: the level list follows the category. The form group validates with `postLevelValidator`;
 * its `levelRequired` error shows here once the level was touched.
 */
@Component({
  selector: 'tr-post-grade-fields',
  imports: [ReactiveFormsModule, NzFormModule, NzGridModule, NzSelectModule, TranslatePipe],
  // Checked with its form's page: the group's errors and the category change without an input changing.
  changeDetection: ChangeDetectionStrategy.Default,
  host: { style: 'display: contents' },
  template: `
    <div nz-col [nzSpan]="span()">
      <nz-form-item>
        <nz-form-label nzRequired [nzFor]="idPrefix() + '-category'">{{ 'Posts:Category' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Posts:Category' | t)">
          <nz-select [nzId]="idPrefix() + '-category'" [formControl]="category()" [attr.data-testid]="idPrefix() + '-category'">
            @for (item of categories; track item) {
              <nz-option [nzValue]="item" [nzLabel]="enumKey('PostCategory', item) | t" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
    </div>
    <div nz-col [nzSpan]="span()">
      <nz-form-item>
        <nz-form-label [nzFor]="idPrefix() + '-level'">{{ 'Posts:Level' | t }}</nz-form-label>
        <nz-form-control>
          <nz-select [nzId]="idPrefix() + '-level'" [formControl]="level()" nzAllowClear [attr.data-testid]="idPrefix() + '-level'"
                     [nzDisabled]="levels().length === 0">
            @for (item of levels(); track item) {
              <nz-option [nzValue]="item" [nzLabel]="'Posts:LevelN' | t: item" />
            }
          </nz-select>
        </nz-form-control>
        @if (level().parent?.errors?.['levelRequired'] && level().dirty) {
          <div class="ant-form-item-explain-error" [attr.data-testid]="idPrefix() + '-level-error'">{{ 'Posts:LevelRequired' | t }}</div>
        }
      </nz-form-item>
    </div>
  `,
})
export class PostGradeFieldsComponent {
  readonly category = input.required<FormControl<PostCategory | null>>();
  readonly level = input.required<FormControl<number | null>>();
  /** Prefix of the fields' ids and test ids: "post" → post-category, post-level, post-level-error. */
  readonly idPrefix = input.required<string>();
  readonly span = input(8);

  protected readonly categories = POST_CATEGORIES;
  protected readonly enumKey = enumKey;

  protected levels(): number[] {
    return levelsOf(this.category().value);
  }
}
