import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { PostService } from '../../../proxy/services';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CHECK_ORDER } from '../../../proxy/models/check-order-array';
import { OPENING_RATIO_SHORTFALL } from '../../../proxy/models/opening-ratio-shortfall-array';
import { RECRUITMENT_METHOD } from '../../../proxy/models/recruitment-method-array';
import { REPLACEMENT_POLICY } from '../../../proxy/models/replacement-policy-array';
import { SCORE_ROUNDING } from '../../../proxy/models/score-rounding-array';
import { DEGREES, enumKey } from '../../../shared/enums/enums';
import { PositionForm, examinationDefaults } from '../shared/campaign-form';
import { CAMPAIGN_STYLES, INLINE_ERRORS } from '../shared/campaign-texts';

/** One position of the notice: 资格条件, method, weights, scale and rounding, pass lines, ratios, 递补, 体检/考察 order. */
@Component({
  selector: 'tr-position-fields',
  imports: [FormsModule, NzButtonModule, NzIconModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = position();
    <fieldset [disabled]="readOnly()" class="position" data-testid="position-fields">
      <legend class="section-heading">{{ 'CampaignUi:Position' | t }} {{ p.code }} · {{ p.unitName }}</legend>
      <div class="field-grid">
        <label class="field">{{ 'CampaignUi:PositionCode' | t }}
          <input nz-input [(ngModel)]="p.code" name="code" maxlength="32" required data-testid="position-code" /></label>
        <label class="field">{{ 'CampaignUi:PositionName' | t }}
          <input nz-input [(ngModel)]="p.name" name="name" maxlength="128" required data-testid="position-name" /></label>
        <label class="field">{{ 'CampaignUi:Post' | t }}
          <select class="native-select" [(ngModel)]="p.postId" name="post" required data-testid="position-post">
            <option [ngValue]="''">—</option>
            @for (post of (posts.hasValue() ? posts.value() : []); track post.id) {
              <option [ngValue]="post.id">{{ post.code }} {{ post.titleZh }} ({{ enumKey('PostStatus', post.status) | t }})</option>
            }
          </select></label>
        <label class="field">{{ 'CampaignUi:Places' | t }}
          <input nz-input type="number" min="1" [(ngModel)]="p.places" name="places" data-testid="position-places" /></label>
      </div>
      <h3 class="section-heading">{{ 'CampaignUi:Requirements' | t }}</h3>
      <div class="field-grid">
        <label class="field">{{ 'CampaignUi:MinimumDegree' | t }}
          <select class="native-select" [(ngModel)]="p.minimumDegree" name="degree">
            <option [ngValue]="null">{{ 'CampaignUi:Unlimited' | t }}</option>
            @for (d of degrees; track d) { <option [ngValue]="d">{{ enumKey('EducationDegree', d) | t }}</option> }
          </select></label>
        <label class="field">{{ 'CampaignUi:Majors' | t }}
          <input nz-input [(ngModel)]="p.majors" name="majors" [placeholder]="'CampaignUi:Unlimited' | t" /></label>
        <label class="field">{{ 'CampaignUi:MaxAge' | t }}
          <input nz-input type="number" min="1" max="70" [(ngModel)]="p.maxAge" name="maxAge" /></label>
        <label class="field">{{ 'CampaignUi:ProfessionalTitle' | t }}
          <input nz-input [(ngModel)]="p.professionalTitle" name="title" [placeholder]="'CampaignUi:Unlimited' | t" /></label>
        <label class="field">{{ 'CampaignUi:MinExperience' | t }}
          <input nz-input type="number" min="0" [(ngModel)]="p.minYearsOfExperience" name="experience" /></label>
        <label class="field">{{ 'CampaignUi:Household' | t }}
          <input nz-input [(ngModel)]="p.householdRegistration" name="household" [placeholder]="'CampaignUi:Unlimited' | t" /></label>
      </div>
      <h3 class="section-heading">{{ 'CampaignUi:Scoring' | t }}</h3>
      <div class="field-grid">
        <label class="field">{{ 'CampaignUi:Method' | t }}
          <select class="native-select" [ngModel]="p.method" (ngModelChange)="setMethod($event)" name="method" data-testid="position-method">
            @for (m of methods; track m) { <option [ngValue]="m">{{ enumKey('RecruitmentMethod', m) | t }}</option> }
          </select></label>
        @if (p.method === 'Examination') {
          <label class="field">{{ 'CampaignUi:WrittenWeight' | t }}
            <input nz-input type="number" min="0" max="100" [(ngModel)]="p.writtenWeightPercent" name="weight" data-testid="position-weight" />
            <span class="hint">{{ 'CampaignUi:InterviewWeightIs' | t: (100 - (p.writtenWeightPercent ?? 0)) }}</span></label>
          <label class="field">{{ 'CampaignUi:WrittenPassLine' | t }}
            <input nz-input type="number" min="0" max="100" [(ngModel)]="p.writtenPassLine" name="writtenPass" /></label>
          <label class="field">{{ 'CampaignUi:InterviewRatio' | t }}
            <input nz-input type="number" min="1" max="10" [(ngModel)]="p.interviewRatio" name="interviewRatio" /></label>
          <label class="field">{{ 'CampaignUi:OpeningRatio' | t }}
            <input nz-input type="number" min="1" max="10" [(ngModel)]="p.openingRatio" name="openingRatio" /></label>
          <label class="field">{{ 'CampaignUi:Shortfall' | t }}
            <select class="native-select" [(ngModel)]="p.shortfall" name="shortfall">
              @for (s of shortfalls; track s) { <option [ngValue]="s">{{ enumKey('OpeningRatioShortfall', s) | t }}</option> }
            </select></label>
        }
        <label class="field">{{ 'CampaignUi:InterviewPassLine' | t }}
          <input nz-input type="number" min="0" max="100" [(ngModel)]="p.interviewPassLine" name="interviewPass" /></label>
        <label class="field">{{ 'CampaignUi:Decimals' | t }}
          <input nz-input type="number" min="0" max="4" [(ngModel)]="p.decimals" name="decimals" /></label>
        <label class="field">{{ 'CampaignUi:Rounding' | t }}
          <select class="native-select" [(ngModel)]="p.rounding" name="rounding" data-testid="position-rounding">
            @for (r of roundings; track r) { <option [ngValue]="r">{{ enumKey('ScoreRounding', r) | t }}</option> }
          </select></label>
        <label class="field">{{ 'CampaignUi:ReplacementPolicy' | t }}
          <select class="native-select" [(ngModel)]="p.replacement" name="replacement">
            @for (r of replacements; track r) { <option [ngValue]="r">{{ enumKey('ReplacementPolicy', r) | t }}</option> }
          </select></label>
        <label class="field">{{ 'CampaignUi:CheckOrder' | t }}
          <select class="native-select" [(ngModel)]="p.checkOrder" name="checkOrder">
            @for (c of checkOrders; track c) { <option [ngValue]="c">{{ enumKey('CheckOrder', c) | t }}</option> }
          </select></label>
        <label class="field">{{ 'CampaignUi:ProbationMonths' | t }}
          <input nz-input type="number" min="3" max="6" [(ngModel)]="p.probationMonths" name="probation" /></label>
        <label class="field">{{ 'CampaignUi:MinimumServiceYears' | t }}
          <input nz-input type="number" min="1" max="10" [(ngModel)]="p.minimumServiceYears" name="service" /></label>
      </div>
      @if (!readOnly()) {
        <button nz-button type="button" (click)="removed.emit()" data-testid="position-remove">
          <span nz-icon nzType="delete"></span>{{ 'CampaignUi:RemovePosition' | t }}
        </button>
      }
    </fieldset>
  `,
  styles: [CAMPAIGN_STYLES, `.position { border-top: 1px solid #f0f0f0; padding-top: 8px; margin-top: 8px; }`],
})
export class PositionFieldsComponent {
  readonly position = input.required<PositionForm>();
  readonly readOnly = input(false);
  readonly removed = output<void>();

  /** The unit's posts of the line's staffing type: a line on a post template gets its post chosen here (实名制: a post per hire). */
  protected readonly posts = rxResource({
    params: () => ({ orgUnitId: this.position().orgUnitId, staffingType: this.position().staffingType, maxResultCount: 200 }),
    // A reader without the posts permission still sees the conditions (the post then shows as —).
    stream: ({ params }) => this.postApi.postGetList(params, INLINE_ERRORS()).pipe(map(page => page.items.filter(post => post.status !== 'Frozen'))),
  });
  private readonly postApi = inject(PostService);

  protected readonly enumKey = enumKey;
  protected readonly degrees = DEGREES;
  protected readonly methods = RECRUITMENT_METHOD;
  protected readonly roundings = SCORE_ROUNDING;
  protected readonly shortfalls = OPENING_RATIO_SHORTFALL;
  protected readonly replacements = REPLACEMENT_POLICY;
  protected readonly checkOrders = CHECK_ORDER;

  /** 直接考察 has no written exam and no opening ratio; back to 考试招聘 restores the defaults. */
  protected setMethod(method: PositionForm['method']): void {
    const p = this.position();
    p.method = method;
    if (method === 'Examination' && p.writtenWeightPercent === null) {
      Object.assign(p, examinationDefaults());
    }
  }
}
