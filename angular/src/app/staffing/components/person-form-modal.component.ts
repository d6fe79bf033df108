import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable } from 'rxjs';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { DEGREES, enumKey, GENDERS } from '../../shared/enums/enums';
import { EducationDegree, Gender, PersonDto } from '../../proxy/models';
import { PersonService } from '../../proxy/services';
import { idNumberValidator, isMaskedIdNumber } from '../shared/id-number';

/** Create (person = null) or edit a person; a masked ID number (no permission to see it) is kept as it is. */
@Component({
  selector: 'tr-person-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzSelectModule, NzDatePickerModule, NzCheckboxModule, NzGridModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-form-modal.component.html',
})
export class PersonFormModalComponent {
  private readonly api = inject(PersonService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly person = input<PersonDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<PersonDto>();

  protected readonly enumKey = enumKey;
  protected readonly genders = GENDERS;
  protected readonly degrees = DEGREES;
  protected readonly isNew = computed(() => this.person() === null);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(64)]],
    gender: new FormControl<Gender | null>(null, Validators.required),
    birthDate: new FormControl<Date | null>(null, Validators.required),
    idNumber: ['', [Validators.required, idNumberValidator]],
    degree: new FormControl<EducationDegree | null>(null),
    school: ['', Validators.maxLength(128)],
    major: ['', Validators.maxLength(128)],
    professionalTitle: ['', Validators.maxLength(64)],
    phone: ['', Validators.pattern(/^[0-9+\- *]{5,32}$/)], // * : the mask sent back unchanged
    sealedStatus: [false],
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const person = untracked(this.person);
        this.form.reset({
          name: person?.name ?? '',
          gender: person?.gender ?? null,
          birthDate: fromDateOnly(person?.birthDate),
          idNumber: person?.idNumber ?? '',
          degree: person?.degree ?? null,
          school: person?.school ?? '',
          major: person?.major ?? '',
          professionalTitle: person?.professionalTitle ?? '',
          phone: person?.phone ?? '',
          sealedStatus: person?.sealedStatus ?? false,
        });
        if (isMaskedIdNumber(person?.idNumber)) {
          this.form.controls.idNumber.disable();
        } else {
          this.form.controls.idNumber.enable();
        }
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const body = {
      name: value.name.trim(),
      gender: value.gender,
      birthDate: value.birthDate ? toDateOnly(value.birthDate) : null,
      idNumber: value.idNumber.trim().toUpperCase(),
      degree: value.degree,
      school: value.school.trim() || null,
      major: value.major.trim() || null,
      professionalTitle: value.professionalTitle.trim() || null,
      phone: value.phone.trim() || null,
      sealedStatus: value.sealedStatus,
    };
    const person = this.person();
    const request: Observable<PersonDto> = person
      ? this.api.personUpdate({ id: person.id, body: { ...body, concurrencyStamp: person.concurrencyStamp } })
      : this.api.personCreate({ body });
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
