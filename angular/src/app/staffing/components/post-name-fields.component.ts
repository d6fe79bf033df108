import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { inputValidators } from '../../shared/forms/input-validators';

/** A post code as the server accepts it (letters and digits first, then also ".", "_" and "-"; its length). */
export const POST_CODE_VALIDATORS = inputValidators('CreatePostDto', 'code');
export const POST_TITLE_VALIDATORS = inputValidators('CreatePostDto', 'titleZh');

/**
 * A post's code and its Chinese and English titles as three columns of a form row, in the post form
 * and in a plan change that adds or renames a post.
 */
@Component({
  selector: 'tr-post-name-fields',
  imports: [ReactiveFormsModule, NzFormModule, NzGridModule, NzInputModule, TranslatePipe],
  // Checked with its form's page: the controls' errors change without an input changing.
  changeDetection: ChangeDetectionStrategy.Default,
  host: { style: 'display: contents' },
  template: `
    <div nz-col [nzSpan]="8">
      <nz-form-item>
        <nz-form-label nzRequired [nzFor]="idPrefix() + '-code'">{{ 'Posts:Code' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="'Posts:CodeHint' | t">
          <input nz-input [id]="idPrefix() + '-code'" [formControl]="code()" [attr.data-testid]="idPrefix() + '-code'" />
        </nz-form-control>
      </nz-form-item>
    </div>
    <div nz-col [nzSpan]="8">
      <nz-form-item>
        <nz-form-label nzRequired [nzFor]="idPrefix() + '-title-zh'">{{ 'Posts:TitleZh' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Posts:TitleZh' | t)">
          <input nz-input [id]="idPrefix() + '-title-zh'" [formControl]="titleZh()" />
        </nz-form-control>
      </nz-form-item>
    </div>
    <div nz-col [nzSpan]="8">
      <nz-form-item>
        <nz-form-label nzRequired [nzFor]="idPrefix() + '-title-en'">{{ 'Posts:TitleEn' | t }}</nz-form-label>
        <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Posts:TitleEn' | t)">
          <input nz-input [id]="idPrefix() + '-title-en'" [formControl]="titleEn()" />
        </nz-form-control>
      </nz-form-item>
    </div>
  `,
})
export class PostNameFieldsComponent {
  readonly code = input.required<FormControl<string>>();
  readonly titleZh = input.required<FormControl<string>>();
  readonly titleEn = input.required<FormControl<string>>();
  /** Prefix of the fields' ids: "post" → post-code, post-title-zh, post-title-en. */
  readonly idPrefix = input.required<string>();
}
