import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PARENT_FORM } from '../../shared/forms/parent-form';
import { addFunctionClause, ChangeForm } from '../shared/change-form-model';

/** The function clauses (三定 职能) of a unit a change creates or re-states: a list of texts to add to and remove from. */
@Component({
  selector: 'tr-change-functions-field',
  imports: [ReactiveFormsModule, NzGridModule, NzInputModule, NzButtonModule, NzIconModule, TranslatePipe],
  // Checked with its form: the controls' errors change without an input changing.
  changeDetection: ChangeDetectionStrategy.Default,
  viewProviders: PARENT_FORM,
  host: { style: 'display: contents' },
  templateUrl: './change-functions-field.component.html',
  styles: `.clause { display: flex; gap: 8px; margin-bottom: 8px; }`,
})
export class ChangeFunctionsFieldComponent {
  readonly form = input.required<ChangeForm>();
  readonly required = input(false);

  protected addClause(): void {
    addFunctionClause(this.form());
  }

  protected removeClause(index: number): void {
    this.form().controls.functions.removeAt(index);
  }
}
