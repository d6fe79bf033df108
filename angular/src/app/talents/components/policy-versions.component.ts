import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TalentPolicyDto } from '../../proxy/models';
import { enumKey } from '../../shared/enums/enums';
import { POLICY_STATUS_COLORS } from '../shared/talent-enums';

/** The versions of one policy code, the one shown marked, the others linked. */
@Component({
  selector: 'tr-policy-versions',
  imports: [RouterLink, NzCardModule, NzTagModule, NzTooltipModule, NzSpinModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Policies:Versions' | t" data-testid="policy-versions">
      <ul class="versions">
        @for (version of versions(); track version.id) {
          <li [class.current]="version.id === currentId()" data-testid="version-row" [attr.data-version]="version.version" [attr.data-status]="version.status">
            <div class="version-line">
              @if (version.id === currentId()) {
                <strong>{{ 'Policies:VersionN' | t: version.version }}</strong>
              } @else {
                <a [routerLink]="['/talent-policies', version.id]" data-testid="version-link">{{ 'Policies:VersionN' | t: version.version }}</a>
              }
              <nz-tag [nzColor]="statusColors[version.status]">{{ enumKey('TalentPolicyStatus', version.status) | t }}</nz-tag>
              @if (version.isInForce) { <nz-tag nzColor="green">{{ 'Policies:InForce' | t }}</nz-tag> }
              @if (version.reassessGranted) {
                <nz-tag nzColor="orange" nz-tooltip [nzTooltipTitle]="'Policies:ReassessOn' | t">{{ 'Policies:ReassessTag' | t }}</nz-tag>
              }
            </div>
            <div class="version-meta">
              {{ version.effectiveFrom }} ~ {{ version.effectiveTo ?? ('Policies:OpenEnded' | t) }} ·
              {{ 'Policies:EntitlementsShort' | t }} {{ version.entitlementCount }}
            </div>
          </li>
        }
      </ul>
      @if (loading()) { <nz-spin nzSimple nzSize="small" /> }
    </nz-card>
  `,
  styles: `
    :host { display: block; }
    .versions { list-style: none; margin: 0; padding: 0; }
    .versions li { padding: 8px 10px; border-radius: 6px; }
    .versions li + li { margin-top: 4px; }
    .versions li.current { background: #e6f4ff; }
    .version-line { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .version-meta { color: #595959; font-size: 12px; margin-top: 2px; }
  `,
})
export class PolicyVersionsComponent {
  readonly versions = input.required<readonly TalentPolicyDto[]>();
  /** The version on the page. */
  readonly currentId = input.required<string>();
  readonly loading = input(false);

  protected readonly enumKey = enumKey;
  protected readonly statusColors = POLICY_STATUS_COLORS;
}
