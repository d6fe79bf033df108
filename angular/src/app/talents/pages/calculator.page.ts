import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, OnInit, signal,
  untracked, viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { firstValueFrom } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { localizedName } from '../../core/i18n/localized-name';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LanguageSwitchComponent } from '../../core/layout/language-switch.component';
import { BenefitCardComponent } from '../components/benefit-card.component';
import { EducationDegree, PolicyCalculatorResultDto, PublicZoneDto, TalentTierLevel } from '../../proxy/models';
import { PublicPolicyCalculatorService } from '../../proxy/services';
import {
  barWidths, benefitStatus, CalculatorFormValue, DEGREE_OPTIONS, EMPTY_FORM, fieldMaxLength, NumberField, numberFields, sortBenefits,
  SWITCH_FIELDS, SwitchField, TIER_OPTIONS, toCalculatorInput,
} from '../shared/calculator';
import { formatYuan } from '../../shared/money/yuan';

export const DEFAULT_ZONE = 'dalian';

/** Single-column layouts (phones) scroll the results into view after calculating. */
const SINGLE_COLUMN_QUERY = '(max-width: 991px)';

/**
 * The public policy calculator (政策计算器): anyone, without signing in, describes their situation
 * and sees which talent benefits of a zone they would get, how much and when, and why (not).
 * Nothing is stored; the server explains every decision in the UI language.
 */
@Component({
  selector: 'tr-calculator-page',
  imports: [
    ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzCardModule, NzFormModule, NzIconModule, NzInputModule,
    NzInputNumberModule, NzSelectModule, NzSwitchModule, TranslatePipe, LanguageSwitchComponent, BenefitCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calculator.page.html',
  styleUrl: './calculator.page.css',
})
export class CalculatorPage implements OnInit {
  private readonly api = inject(PublicPolicyCalculatorService);
  private readonly injector = inject(Injector);
  protected readonly localization = inject(LocalizationService);

  protected readonly degreeOptions = DEGREE_OPTIONS;
  protected readonly tierOptions = TIER_OPTIONS;
  protected readonly numberFields = numberFields();
  protected readonly switchFields = SWITCH_FIELDS;
  protected readonly fieldMaxLength = fieldMaxLength();

  protected readonly zones = signal<PublicZoneDto[]>([]);
  protected readonly zoneCode = new FormControl(DEFAULT_ZONE, { nonNullable: true });
  protected readonly form = new FormGroup({
    degree: new FormControl<EducationDegree | null>(null),
    tier: new FormControl<TalentTierLevel | null>(null),
    field: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(fieldMaxLength())] }),
    ...numberControls(),
    ...switchControls(),
  });

  protected readonly calculating = signal(false);
  protected readonly result = signal<PolicyCalculatorResultDto | null>(null);
  protected readonly errorMessage = signal<string | null>(null);
  /** Server validation messages per form control, from a 400 response. */
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});

  protected readonly benefits = computed(() => sortBenefits(this.result()?.benefits ?? []));
  protected readonly counts = computed(() => {
    const statuses = this.benefits().map(benefitStatus);
    return {
      granted: statuses.filter(status => status === 'granted').length,
      almost: statuses.filter(status => status === 'almost').length,
      total: statuses.length,
    };
  });
  protected readonly years = computed(() => {
    const byYear = this.result()?.byYear ?? [];
    const widths = barWidths(byYear.map(year => year.amount));
    return byYear.map((year, index) => ({ ...year, width: widths[index] }));
  });

  private readonly results = viewChild<ElementRef<HTMLElement>>('results');

  constructor() {
    // The server words the results in the UI language: ask again after a language switch.
    let shownCulture = this.localization.culture();
    effect(() => {
      const culture = this.localization.culture();
      if (culture !== shownCulture) {
        shownCulture = culture;
        untracked(() => {
          if (this.result()) {
            void this.calculate(false);
          }
        });
      }
    });
    // Another zone has other policies: recalculate what is shown.
    this.zoneCode.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.result()) {
        void this.calculate(false);
      }
    });
  }

  async ngOnInit(): Promise<void> {
    try {
      const zones = await firstValueFrom(this.api.publicPolicyCalculatorGetZones());
      this.zones.set(zones);
      if (zones.length > 0 && !zones.some(zone => zone.code === this.zoneCode.value)) {
        this.zoneCode.setValue(zones[0].code);
      }
    } catch {
      // The error interceptor has told why; the default zone remains usable.
    }
  }

  protected zoneName(zone: PublicZoneDto): string {
    return localizedName(zone, this.localization.culture());
  }

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected reset(): void {
    this.form.reset(EMPTY_FORM);
    this.result.set(null);
    this.errorMessage.set(null);
    this.fieldErrors.set({});
  }

  async calculate(reveal = true): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.calculating.set(true);
    this.errorMessage.set(null);
    this.fieldErrors.set({});
    try {
      const result = await firstValueFrom(this.api.publicPolicyCalculatorCalculate(
        { zoneCode: this.zoneCode.value, body: toCalculatorInput(this.form.getRawValue() as CalculatorFormValue) },
        new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true),
      ));
      this.result.set(result);
      if (reveal) {
        this.revealResults();
      }
    } catch (error) {
      this.showError(error);
    } finally {
      this.calculating.set(false);
    }
  }

  private showError(error: unknown): void {
    const response = error instanceof HttpErrorResponse ? error : null;
    const message = response ? problemMessage(response) : null;
    this.errorMessage.set(
      message ?? this.localization.t(response?.status === 0 ? 'Error:Network' : 'Calculator:Error'),
    );
    const errors = (response?.error as { errors?: Record<string, string[]> } | null)?.errors ?? {};
    this.fieldErrors.set(Object.fromEntries(
      Object.entries(errors).map(([name, messages]) => [name.charAt(0).toLowerCase() + name.slice(1), messages.join(' ')]),
    ));
    this.revealResults();
  }

  private revealResults(): void {
    if (typeof window === 'undefined' || !window.matchMedia?.(SINGLE_COLUMN_QUERY).matches) {
      return;
    }
    afterNextRender(() => this.results()?.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' }), {
      injector: this.injector,
    });
  }
}

function numberControls(): Record<NumberField, FormControl<number | null>> {
  return Object.fromEntries(numberFields().map(spec =>
    [spec.name, new FormControl<number | null>(null, [Validators.min(spec.min), Validators.max(spec.max)])],
  )) as Record<NumberField, FormControl<number | null>>;
}

function switchControls(): Record<SwitchField, FormControl<boolean>> {
  return Object.fromEntries(SWITCH_FIELDS.map(spec => [spec.name, new FormControl(false, { nonNullable: true })])) as
    Record<SwitchField, FormControl<boolean>>;
}
