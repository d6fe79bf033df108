import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { KINSHIP_RELATION } from '../../../proxy/models/kinship-relation-array';
import { POST_FUNCTION_AREA } from '../../../proxy/models/post-function-area-array';
import { AvoidanceFlagDto, CampaignPositionDto, EducationDegree, KinshipRelation, PostFunctionArea } from '../../../proxy/models';
import { ApplicationService } from '../../../proxy/services';
import { DEGREES, enumKey } from '../../../shared/enums/enums';
import { CAMPAIGN_STYLES, INLINE_ERRORS, refusal } from '../shared/campaign-texts';

interface RelativeRow {
  relation: KinshipRelation;
  name: string;
  unitName: string;
  /** Works in the position's own unit (then the server checks 回避 against it). */
  sameUnit: boolean;
  leadsUnit: boolean;
  directLineWithPost: boolean;
}

/** 报名 entered by HR for a candidate: the candidate's data, the 诚信承诺 (required) and the declared relatives (回避). */
@Component({
  selector: 'tr-register-form',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzIconModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (ngSubmit)="submit()" [attr.aria-label]="'CampaignUi:Register' | t" data-testid="register-form">
      <div class="field-grid">
        <label class="field">{{ 'CampaignUi:CandidateName' | t }}
          <input nz-input [(ngModel)]="name" name="name" maxlength="64" required data-testid="register-name" /></label>
        <label class="field">{{ 'CampaignUi:IdNumber' | t }}
          <input nz-input [(ngModel)]="idNumber" name="idNumber" maxlength="18" required autocomplete="off" data-testid="register-id-number" /></label>
        <label class="field">{{ 'CampaignUi:Phone' | t }}
          <input nz-input [(ngModel)]="phone" name="phone" maxlength="20" type="tel" /></label>
        <label class="field">{{ 'CampaignUi:BirthDate' | t }}
          <input nz-input type="date" [(ngModel)]="birthDate" name="birthDate" required data-testid="register-birth-date" /></label>
        <label class="field">{{ 'CampaignUi:Degree' | t }}
          <select class="native-select" [(ngModel)]="degree" name="degree" data-testid="register-degree">
            <option [ngValue]="null">—</option>
            @for (d of degrees; track d) { <option [ngValue]="d">{{ enumKey('EducationDegree', d) | t }}</option> }
          </select></label>
        <label class="field">{{ 'CampaignUi:Major' | t }}
          <input nz-input [(ngModel)]="major" name="major" maxlength="100" /></label>
        <label class="field">{{ 'CampaignUi:ProfessionalTitle' | t }}
          <input nz-input [(ngModel)]="professionalTitle" name="title" maxlength="64" /></label>
        <label class="field">{{ 'CampaignUi:YearsOfExperience' | t }}
          <input nz-input type="number" min="0" max="60" [(ngModel)]="yearsOfExperience" name="years" /></label>
        <label class="field">{{ 'CampaignUi:Household' | t }}
          <input nz-input [(ngModel)]="householdRegistration" name="household" maxlength="64" /></label>
        <label class="field">{{ 'CampaignUi:PostFunctionArea' | t }}
          <select class="native-select" [(ngModel)]="postFunctionArea" name="area">
            @for (a of areas; track a) { <option [ngValue]="a">{{ enumKey('PostFunctionArea', a) | t }}</option> }
          </select></label>
      </div>
      <fieldset>
        <legend class="section-heading">{{ 'CampaignUi:Relatives' | t }}</legend>
        @for (r of relatives(); track $index) {
          <div class="field-grid relative" data-testid="register-relative">
            <label class="field">{{ 'CampaignUi:Relation' | t }}
              <select class="native-select" [(ngModel)]="r.relation" [name]="'rel' + $index">
                @for (k of relations; track k) { <option [ngValue]="k">{{ enumKey('KinshipRelation', k) | t }}</option> }
              </select></label>
            <label class="field">{{ 'CampaignUi:RelativeName' | t }}
              <input nz-input [(ngModel)]="r.name" [name]="'relName' + $index" maxlength="64" required /></label>
            <label class="field">{{ 'CampaignUi:RelativeUnit' | t }}
              <input nz-input [(ngModel)]="r.unitName" [name]="'relUnit' + $index" maxlength="128" required /></label>
            <label class="check"><input type="checkbox" [(ngModel)]="r.sameUnit" [name]="'relSame' + $index" /> {{ 'CampaignUi:SameUnit' | t }}</label>
            <label class="check"><input type="checkbox" [(ngModel)]="r.leadsUnit" [name]="'relLeads' + $index" /> {{ 'CampaignUi:LeadsUnit' | t }}</label>
            <label class="check"><input type="checkbox" [(ngModel)]="r.directLineWithPost" [name]="'relLine' + $index" /> {{ 'CampaignUi:DirectLine' | t }}</label>
            <button nz-button nzSize="small" type="button" (click)="removeRelative($index)">
              <span nz-icon nzType="delete"></span>{{ 'CampaignUi:RemoveRelative' | t }}</button>
          </div>
        }
        <button nz-button nzSize="small" type="button" (click)="addRelative()" data-testid="register-add-relative">
          <span nz-icon nzType="plus"></span>{{ 'CampaignUi:AddRelative' | t }}</button>
      </fieldset>
      <label class="check pledge">
        <input type="checkbox" [(ngModel)]="pledgeSigned" name="pledge" data-testid="register-pledge" />
        {{ 'CampaignUi:Pledge' | t }}
      </label>
      @if (error()) {
        <nz-alert class="inline-error" nzType="error" nzShowIcon [nzMessage]="error()!" role="alert" data-testid="register-error" />
      }
      @if (flags().length > 0) {
        <nz-alert class="inline-error" nzType="warning" nzShowIcon data-testid="register-flags" [nzMessage]="flagsTpl" />
        <ng-template #flagsTpl>
          {{ 'CampaignUi:AvoidanceFlags' | t }}
          <ul>@for (f of flags(); track $index) { <li>{{ f.relativeName }} ({{ enumKey('KinshipRelation', f.relation) | t }}): {{ enumKey('AvoidanceReason', f.reason) | t }}</li> }</ul>
        </ng-template>
      }
      <div class="actions">
        <button nz-button nzType="primary" type="submit" [disabled]="!pledgeSigned || !name.trim() || !idNumber.trim() || !birthDate"
                [nzLoading]="busy()" data-testid="register-save">{{ 'CampaignUi:Register' | t }}</button>
      </div>
    </form>
  `,
  styles: [CAMPAIGN_STYLES, `
    .relative { background: #fafafa; padding: 6px; border-radius: 6px; align-items: end; }
    .pledge { margin: 12px 0; font-weight: 600; }
  `],
})
export class RegisterFormComponent {
  private readonly api = inject(ApplicationService);
  private readonly localization = inject(LocalizationService);

  readonly campaignId = input.required<string>();
  readonly position = input.required<CampaignPositionDto>();
  readonly registered = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly degrees = DEGREES;
  protected readonly relations = KINSHIP_RELATION;
  protected readonly areas = POST_FUNCTION_AREA;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly flags = signal<AvoidanceFlagDto[]>([]);
  protected readonly relatives = signal<RelativeRow[]>([]);
  protected name = '';
  protected idNumber = '';
  protected phone = '';
  protected birthDate: string | null = null;
  protected degree: EducationDegree | null = null;
  protected major = '';
  protected professionalTitle = '';
  protected yearsOfExperience = 0;
  protected householdRegistration = '';
  protected postFunctionArea: PostFunctionArea = 'Other';
  protected pledgeSigned = false;

  protected addRelative(): void {
    this.relatives.update(rows => [...rows, { relation: 'Spouse', name: '', unitName: '', sameUnit: false, leadsUnit: false, directLineWithPost: false }]);
  }

  protected removeRelative(index: number): void {
    this.relatives.update(rows => rows.filter((_, i) => i !== index));
  }

  protected submit(): void {
    const position = this.position();
    this.busy.set(true);
    this.error.set(null);
    this.flags.set([]);
    this.api.applicationRegister({
      body: {
        campaignId: this.campaignId(), positionId: position.id, name: this.name.trim(), idNumber: this.idNumber.trim().toUpperCase(),
        phone: this.phone.trim() || null, birthDate: this.birthDate, degree: this.degree, major: this.major.trim() || null,
        professionalTitle: this.professionalTitle.trim() || null, yearsOfExperience: Number(this.yearsOfExperience) || 0,
        householdRegistration: this.householdRegistration.trim() || null, pledgeSigned: this.pledgeSigned,
        postFunctionArea: this.postFunctionArea,
        relatives: this.relatives().map(r => ({
          relation: r.relation, name: r.name.trim(), unitName: r.unitName.trim(), orgUnitId: r.sameUnit ? position.orgUnitId : null,
          leadsUnit: r.leadsUnit, directLineWithPost: r.directLineWithPost,
        })),
      },
    }, INLINE_ERRORS()).subscribe({
      next: result => {
        this.busy.set(false);
        this.flags.set(result.avoidanceFlags);
        this.name = '';
        this.idNumber = '';
        this.phone = '';
        this.pledgeSigned = false;
        this.relatives.set([]);
        this.registered.emit();
      },
      error: error => {
        this.busy.set(false);
        this.error.set(refusal(error, this.localization.t('CampaignUi:ActionRefused')));
      },
    });
  }
}
